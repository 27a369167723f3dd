import type { Language, Scenario } from '../../core/scenario';
import { escapeHtml } from '../../html';

/**
 * Shared pieces of the provider account pages (Google connections, My Apps, account.live.com):
 * language choice, label filling with escaping, a server-rendered confirm dialog. Provider-neutral;
 * the Microsoft pages use it too.
 */

export const LANGUAGES: readonly Language[] = ['en', 'de', 'nl', 'sv', 'pl'];

/**
 * The page language: the provider's own URL parameter when it names one of our five languages
 * (Google `hl=de`, Microsoft `mkt=de-DE`), else the HubSpot portal's language — the scenario's
 * only statement of the user's language — else English.
 */
export function pageLanguage(url: URL, scenario: Scenario, param: 'hl' | 'mkt'): { lang: Language; explicit: boolean } {
  const asked = url.searchParams.get(param)?.slice(0, 2).toLowerCase();
  const match = LANGUAGES.find((l) => l === asked);
  if (match) return { lang: match, explicit: true };
  return { lang: scenario.portal.language ?? 'en', explicit: false };
}

/** A label with `{name}` placeholders, every value escaped; the template itself is escaped too. */
export function fill(template: string, values: Record<string, string> = {}): string {
  return escapeHtml(template).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? escapeHtml(values[name]) : whole));
}

/** Keeps an explicit language choice on the links and forms of a page. */
export function langLink(path: string, param: 'hl' | 'mkt', lang: Language, explicit: boolean): string {
  if (!explicit) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${param}=${lang}`;
}

export function langField(param: 'hl' | 'mkt', lang: Language, explicit: boolean): string {
  return explicit ? `<input type="hidden" name="${param}" value="${lang}">` : '';
}

export interface ConfirmDialog {
  /** Already-escaped markup. */
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  /** POST target of the confirm button and GET target of cancel. */
  confirmAction: string;
  cancelAction: string;
  /** Hidden fields (trusted markup) sent with either button. */
  fields: string;
}

/**
 * A modal confirm dialog rendered open by the server (no script needed): confirm posts, cancel
 * returns to the previous page. Escape also cancels; the confirm button has focus.
 */
export function confirmDialog(d: ConfirmDialog): string {
  return `<div class="backdrop"></div>
<div role="dialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-body" class="dialog">
<h2 id="confirm-title">${d.title}</h2>
<p id="confirm-body">${d.body}</p>
<form method="post" action="${escapeHtml(d.confirmAction)}">
${d.fields}
<button type="submit" formmethod="get" formaction="${escapeHtml(d.cancelAction)}" data-action="cancel">${d.cancel}</button>
<button type="submit" autofocus data-action="confirm">${d.confirm}</button>
</form>
</div>`;
}

/** Escape closes the dialog the way the cancel button does. */
export const DIALOG_SCRIPT = `document.addEventListener('keydown',function(e){if(e.key==='Escape'){var c=document.querySelector('[role=dialog] [data-action=cancel]');if(c)c.click();}});`;

export const PAGE_STYLE = `body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#202124}
a{color:#1a0dab}button{font:inherit;padding:.45rem 1.2rem;border-radius:4px;border:1px solid #9aa0a6;background:#fff;cursor:pointer}
button[data-action=confirm],button.primary{background:#1a73e8;color:#fff;border-color:#1a73e8}
a:focus-visible,button:focus-visible,summary:focus-visible{outline:3px solid #174ea6;outline-offset:2px}
ul.apps{list-style:none;padding:0}ul.apps>li{border:1px solid #dadce0;border-radius:8px;padding:.75rem 1rem;margin:.5rem 0}
.notice{background:#e6f4ea;padding:.5rem 1rem;border-radius:4px}
.backdrop{position:fixed;inset:0;background:rgba(0,0,0,.4)}
.dialog{position:fixed;top:20%;left:50%;transform:translateX(-50%);background:#fff;padding:1.5rem;border-radius:8px;max-width:28rem;box-shadow:0 4px 24px rgba(0,0,0,.3)}
.dialog form{display:flex;gap:.75rem;justify-content:flex-end}`;
