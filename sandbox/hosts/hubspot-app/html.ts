import { escapeHtml } from '../../html';

/**
 * A tiny auto-escaping template tag over the sandbox's shared escapeHtml. Scenario data (names,
 * addresses) may contain `<script>`, so every interpolated value is escaped unless it is itself
 * the result of `html`.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Trusted markup written in this folder (the inline script and style), never scenario data. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** JSON for a data-* attribute; `html` escapes the quotes. */
export function jsonAttr(value: unknown): string {
  return JSON.stringify(value);
}
