/**
 * Which part of a guided page an element belongs to, read as a person reads the page: its open
 * dialog, the headings it sits under, the row it is in. Shared by the highlighter (what to
 * outline) and the action watcher (what the user just pressed), so both agree.
 */
import { allByRole, normalizeText } from '../../pages/dom/page-dom';
import { namesHubSpotApp } from '../../pages/hubspot/app-names';

export const inert = (el: Element): boolean => el.closest('[inert]') !== null;

/** The open dialog around `el`, if any. */
export function openDialogOf(el: Element): Element | undefined {
  const dialog = el.closest('dialog, [role="dialog"], [role="alertdialog"]');
  return dialog !== null && (dialog.tagName !== 'DIALOG' || dialog.hasAttribute('open')) ? dialog : undefined;
}

/** The page's open dialog (modal or not), if one is shown. */
export function openDialog(doc: Document): Element | undefined {
  return allByRole(doc, 'dialog').find((d) => d.tagName !== 'DIALOG' || d.hasAttribute('open'));
}

function isModal(dialog: Element): boolean {
  if (dialog.getAttribute('aria-modal') === 'true') return true;
  try {
    return dialog.matches(':modal');
  } catch {
    return false;
  }
}

/** The page's open modal dialog: while it is shown, nothing else on the page can be pressed. */
export function openModalDialog(doc: Document): Element | undefined {
  return allByRole(doc, 'dialog').find((d) => (d.tagName !== 'DIALOG' || d.hasAttribute('open')) && isModal(d));
}

const levelOf = (heading: Element) => Number(/^H(\d)$/.exec(heading.tagName)?.[1] ?? heading.getAttribute('aria-level') ?? 2);

/** The headings `el` sits under, outermost first (the page's outline as a person reads it). */
function headingChain(el: Element): Element[] {
  const chain: Element[] = [];
  for (const heading of allByRole(el.ownerDocument, 'heading')) {
    if (!(heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    if (openDialogOf(heading)) continue;
    const level = levelOf(heading);
    while (chain.length > 0 && levelOf(chain[chain.length - 1] as Element) >= level) chain.pop();
    chain.push(heading);
  }
  return chain;
}

const underHubSpotHeading = (el: Element): boolean => headingChain(el).some((heading) => namesHubSpotApp(normalizeText(heading.textContent)));

/**
 * On a provider's page every app has the same buttons: only HubSpot's part counts. A dialog is
 * HubSpot's when it names HubSpot's app, or when it opened over HubSpot's own page (Microsoft's
 * "Remove these permissions?" names no app); a dialog about another app never is.
 */
export function aboutHubSpot(el: Element): boolean {
  const dialog = openDialogOf(el);
  if (dialog) return dialogAboutHubSpot(dialog);
  return underHubSpotHeading(el);
}

export function dialogAboutHubSpot(dialog: Element): boolean {
  if (namesHubSpotApp(normalizeText(dialog.textContent))) return true;
  const main = dialog.ownerDocument.querySelector('main, [role="main"]') ?? dialog.ownerDocument.body;
  const headings = allByRole(main ?? dialog.ownerDocument, 'heading').filter((h) => !dialog.contains(h));
  const pageTitle = headings.find((h) => levelOf(h) === 1) ?? headings[0];
  return pageTitle !== undefined && namesHubSpotApp(normalizeText(pageTitle.textContent));
}

const ADDRESSES = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi;

/** Every address a dialog's text names, lower case, once each. */
export function addressesNamedIn(el: Element): string[] {
  return [...new Set((normalizeText(el.textContent).match(ADDRESSES) ?? []).map((a) => a.toLowerCase()))];
}

/**
 * Whether an open dialog is the one `row`'s action opened: it names the row's address and no
 * other, or it names no address at all and the user's last press was inside that row.
 */
export function dialogBelongsToRow(dialog: Element, row: Element, address: string, lastPressed: Element | undefined): boolean {
  const named = addressesNamedIn(dialog);
  if (named.length > 0) return named.every((a) => a === address.toLowerCase());
  return lastPressed !== undefined && row.contains(lastPressed);
}
