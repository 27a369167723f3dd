/**
 * Tiny helpers for the sandbox's web pages. Scenario data is hostile on purpose (names carry
 * `<script>`), so every value put into markup goes through escapeHtml, and every value put into an
 * inline script goes through jsonForScript.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** JSON safe to embed in an inline <script>: no `</script>`, no `<!--`, no line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface PageParts {
  /** Plain text; escaped here. */
  title: string;
  lang: string;
  /** Trusted markup: the caller has escaped every piece of data in it. */
  body: string;
  /** Trusted inline script source, run at the end of <body>. */
  script?: string;
  /** Trusted CSS. */
  style?: string;
}

/** A complete HTML document. */
export function page({ title, lang, body, script, style }: PageParts): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${style ? `<style>${style}</style>` : ''}
</head>
<body>
${body}
${script ? `<script>${script}</script>` : ''}
</body>
</html>
`;
}

/** An HTML Response that is never cached, so a changed world shows on the next load. */
export function htmlResponse(html: string, status = 200): Response {
  return new Response(html, {
    status,
    headers: { 'content-type': 'text/html;charset=utf-8', 'cache-control': 'no-store' },
  });
}
