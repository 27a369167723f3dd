import type { Locale } from '../../i18n';

/**
 * Finding things as a person (or a screen reader) does: by role and visible name, not by CSS
 * classes that a site renames on every release. Enough of the ARIA rules for settings pages:
 * implicit roles of the common elements, explicit `role` wins, names from aria-labelledby,
 * aria-label, a table's caption, else the text.
 */

export type Role =
  | 'button' | 'link' | 'heading' | 'tab' | 'tabpanel' | 'table' | 'row' | 'cell'
  | 'list' | 'listitem' | 'status' | 'dialog' | 'banner' | 'region' | 'menuitem' | 'navigation' | 'textbox';

const IMPLICIT: Record<Role, string> = {
  button: 'button, input[type="button"], input[type="submit"], summary',
  link: 'a[href]',
  heading: 'h1, h2, h3, h4, h5, h6',
  tab: '',
  tabpanel: '',
  table: 'table',
  row: 'tr',
  cell: 'td, th',
  list: 'ul, ol',
  listitem: 'li',
  status: 'output',
  dialog: 'dialog',
  banner: 'body > header',
  region: 'section[aria-label], section[aria-labelledby]',
  menuitem: '',
  navigation: 'nav',
  textbox: 'input:not([type]), input[type="text"], input[type="email"], input[type="url"], input[type="search"], textarea',
};

const BUTTON_INPUT = 'input[type="button"], input[type="submit"], input[type="reset"]';

/** A form field's own label: `<label for>` or an enclosing `<label>` (what a person reads next to it). */
function fieldLabel(el: Element): string {
  const id = el.getAttribute('id');
  const byFor = id ? [...el.ownerDocument.querySelectorAll('label')].filter((label) => label.htmlFor === id) : [];
  const wrapping = el.closest('label');
  return normalizeText([...byFor, ...(wrapping ? [wrapping] : [])].map((label) => label.textContent).join(' '));
}

/** Explicit roles that count as the wanted one (an alert is a kind of status for our reading). */
const EXPLICIT: Partial<Record<Role, string[]>> = { status: ['status', 'alert'], dialog: ['dialog', 'alertdialog'], cell: ['cell', 'gridcell', 'columnheader', 'rowheader'], table: ['table', 'grid'] };

export const normalizeText = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Out of sight for a person: hidden, aria-hidden, or inside a dialog that is not open. */
export function isHidden(el: Element): boolean {
  return el.closest('[hidden], [aria-hidden="true"], dialog:not([open])') !== null;
}

export function roleOf(el: Element): Role | undefined {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) {
    return (Object.keys(IMPLICIT) as Role[]).find((role) => (EXPLICIT[role] ?? [role]).includes(explicit));
  }
  return (Object.keys(IMPLICIT) as Role[]).find((role) => IMPLICIT[role] !== '' && el.matches(IMPLICIT[role]));
}

export function accessibleName(el: Element): string {
  const doc = el.ownerDocument;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
    if (normalizeText(text)) return normalizeText(text);
  }
  const label = el.getAttribute('aria-label');
  if (label && normalizeText(label)) return normalizeText(label);
  if (el.matches('table')) {
    const caption = el.querySelector(':scope > caption');
    if (caption) return normalizeText(caption.textContent);
  }
  if (el.matches('input, textarea') && !el.matches(BUTTON_INPUT)) return fieldLabel(el) || normalizeText(el.getAttribute('placeholder'));
  if (el.matches('input')) return normalizeText((el as HTMLInputElement).value);
  return normalizeText(el.textContent);
}

export type NameMatch = string | RegExp | ((name: string) => boolean);

export function nameMatches(name: string, wanted: NameMatch): boolean {
  if (typeof wanted === 'string') return name.toLocaleLowerCase() === normalizeText(wanted).toLocaleLowerCase();
  if (wanted instanceof RegExp) return wanted.test(name);
  return wanted(name);
}

/** Every visible element of `role` under `root` (whose name matches, when `name` is given). */
export function allByRole(root: ParentNode, role: Role, name?: NameMatch): Element[] {
  const explicit = (EXPLICIT[role] ?? [role]).map((r) => `[role="${r}"]`).join(', ');
  const selector = [IMPLICIT[role], explicit].filter(Boolean).join(', ');
  return [...root.querySelectorAll(selector)].filter(
    (el) => roleOf(el) === role && !isHidden(el) && (name === undefined || nameMatches(accessibleName(el), name)),
  );
}

export function byRole(root: ParentNode, role: Role, name?: NameMatch): Element | undefined {
  return allByRole(root, role, name)[0];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name that is the label, or starts with it followed by punctuation ("Kanäle: Support"). */
export function startsWithLabel(label: string): RegExp {
  return new RegExp(`^${escapeRegExp(normalizeText(label))}(?:$|[\\s:–—(-])`, 'i');
}

/** A name built from a template like "Signed in as {email}", any value standing for the slot. */
export function templateMatcher(template: string): RegExp {
  const parts = normalizeText(template).split(/\{\w+\}/).map(escapeRegExp);
  return new RegExp(`^${parts.join('(.+?)')}$`, 'i');
}

const LOCALES: readonly Locale[] = ['en', 'de', 'nl', 'sv', 'pl'];

/** The page's language from <html lang> ("de-DE" → de), else English. */
export function pageLocale(doc: Document): Locale {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase().split('-')[0];
  return LOCALES.find((l) => l === lang) ?? 'en';
}

/** A page still loading says so: aria-busy or a progress bar in the part we read. */
export function isBusy(root: Element): boolean {
  return root.closest('[aria-busy="true"]') !== null || root.querySelector('[aria-busy="true"], [role="progressbar"], progress') !== null;
}
