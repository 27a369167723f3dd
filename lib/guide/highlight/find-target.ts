import type { GuideStep } from '../../messaging/guide-protocol';
import { allByRole, normalizeText, pageLocale } from '../../pages/dom/page-dom';
import { isHubSpotApp } from '../../pages/hubspot/app-names';
import { labelText } from './labels';
import { signedInAccount } from './signed-in-account';

type Target = GuideStep['target'];

/** What to highlight now: the element, and which label of the step's sequence it carries. */
export interface FoundTarget {
  element: Element;
  /** 0 for labelKey, 1.. for then[]; -1 for a lead-in (the HubSpot entry of a provider's list). */
  position: number;
  labelKey: string;
}

const inert = (el: Element) => el.closest('[inert]') !== null;
const inOpenDialog = (el: Element) => {
  const dialog = el.closest('dialog, [role="dialog"], [role="alertdialog"]');
  return dialog !== null && (dialog.tagName !== 'DIALOG' || dialog.hasAttribute('open'));
};

/** Buttons and links named `label`, as a person finds them (role and visible name). */
function clickables(root: ParentNode, label: string): Element[] {
  return [...allByRole(root, 'button', label), ...allByRole(root, 'link', label)];
}

/** The list row showing `address` (HubSpot lists many inboxes and channels). */
function rowOf(doc: Document, address: string): Element | undefined {
  const wanted = address.toLowerCase();
  return allByRole(doc, 'row').find((row) => normalizeText(row.textContent).toLowerCase().includes(wanted));
}

const levelOf = (heading: Element) => Number(/^H(\d)$/.exec(heading.tagName)?.[1] ?? heading.getAttribute('aria-level') ?? 2);

/** The headings `el` sits under, outermost first (the page's outline as a person reads it). */
function headingChain(el: Element): Element[] {
  const chain: Element[] = [];
  for (const heading of allByRole(el.ownerDocument, 'heading')) {
    if (!(heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    const level = levelOf(heading);
    while (chain.length > 0 && levelOf(chain[chain.length - 1] as Element) >= level) chain.pop();
    chain.push(heading);
  }
  return chain;
}

/** On a provider's page every app has the same buttons: only HubSpot's part counts. */
function aboutHubSpot(el: Element): boolean {
  if (inOpenDialog(el)) return true;
  return headingChain(el).some((heading) => /\bhubspot\b/i.test(normalizeText(heading.textContent)));
}

/**
 * Where label `position` of the sequence is on the page now. The first label lives in the
 * step's row when it names one; later ones (a confirm dialog's button) in an open dialog or that
 * row. Without a row, the provider pages' buttons must belong to HubSpot's entry.
 */
function locate(doc: Document, target: Target, label: string, position: number): Element[] {
  if (target.rowAddress) {
    const row = rowOf(doc, target.rowAddress);
    const inRow = row ? clickables(row, label) : [];
    if (position === 0) return inRow;
    return [...clickables(doc, label).filter(inOpenDialog), ...inRow];
  }
  // HubSpot's own settings pages are all about HubSpot; a provider's page only in HubSpot's part.
  return target.page.startsWith('hubspot-') ? clickables(doc, label) : clickables(doc, label).filter(aboutHubSpot);
}

/**
 * The element the step needs now, in the page's language. The sequence's furthest label that is
 * visible wins: once "Disable" opened its dialog, "Yes, disable" is the one to press; when the
 * dialog closes again, "Disable" is. A label behind a modal dialog (inert) means the dialog is
 * the next thing to act on. On a provider's list page without the label, HubSpot's entry is the
 * way in. Undefined when nothing fits: the caller falls back to plain instructions. Never on a
 * provider's page signed in to another account than the step's: that would revoke the wrong grant.
 */
export function findGuideTarget(doc: Document, target: Target): FoundTarget | undefined {
  if (target.account) {
    const shown = signedInAccount(doc, target.page);
    if (shown && shown.toLowerCase() !== target.account.toLowerCase()) return undefined;
  }
  const locale = pageLocale(doc);
  if (target.fill !== undefined) {
    // A field to fill first (the partner domain): pointed at until it holds the text, then the button.
    const label = labelText(target.page, target.labelKey, locale);
    const field = label ? (allByRole(doc, 'textbox', label).find((el) => !inert(el)) as HTMLInputElement | undefined) : undefined;
    if (field && field.value.trim().toLowerCase() !== target.fill.toLowerCase()) return { element: field, position: 0, labelKey: target.labelKey };
  }
  const keys = [target.labelKey, ...target.then];
  for (let position = keys.length - 1; position >= 0; position -= 1) {
    const key = keys[position] as string;
    const label = labelText(target.page, key, locale);
    if (!label) continue;
    const found = locate(doc, target, label, position);
    const live = found.find((el) => !inert(el));
    if (live) return { element: revealed(live), position, labelKey: key };
    const dialog = found.length > 0 ? openModal(doc) : undefined;
    if (dialog) return { element: dialog, position, labelKey: key };
  }
  const entry = target.rowAddress ? undefined : allByRole(doc, 'link').find((a) => isHubSpotApp(normalizeText(a.textContent)) && !inert(a));
  return entry ? { element: entry, position: -1, labelKey: target.labelKey } : undefined;
}

function openModal(doc: Document): Element | undefined {
  return allByRole(doc, 'dialog').find((d) => d.tagName !== 'DIALOG' || d.hasAttribute('open'));
}

/** A link folded inside a closed <details> has no box: its summary is what to press first. */
function revealed(el: Element): Element {
  const folded = el.closest('details:not([open])');
  return folded?.querySelector(':scope > summary') ?? el;
}
