import type { GuideStep } from '../../messaging/guide-protocol';
import { allByRole, normalizeText, pageLocale } from '../../pages/dom/page-dom';
import { isHubSpotApp } from '../../pages/hubspot/app-names';
import { labelText } from './labels';
import { aboutHubSpot, dialogAboutHubSpot, dialogBelongsToRow, inert, openDialog, openDialogOf, openModalDialog } from './page-parts';
import { signedInAccount } from './signed-in-account';
import { stepRow } from './step-row';

type Target = GuideStep['target'];

/** What to highlight now: the element, and which label of the step's sequence it carries. */
export interface FoundTarget {
  element: Element;
  /** 0 for labelKey, 1.. for then[]; -1 for a lead-in (the HubSpot entry of a provider's list). */
  position: number;
  labelKey: string;
}

/**
 * Why nothing may be outlined although the page is the step's: no row shows exactly the step's
 * address, several do, the open dialog belongs to another row, or the provider's page is signed
 * in to another account (or does not say which). The user gets the reason instead of an outline.
 */
export type GuideRefusal = 'no-row' | 'several-rows' | 'other-dialog' | 'unknown-account' | 'wrong-account';

export type TargetResult = FoundTarget | { refused: GuideRefusal } | undefined;

/** Buttons, links and menu items named `label`, as a person finds them (role and visible name). */
function clickables(root: ParentNode, label: string): Element[] {
  return [...allByRole(root, 'button', label), ...allByRole(root, 'link', label), ...allByRole(root, 'menuitem', label)];
}

/** Where the step's outline may go, and whether an open dialog belongs to it. */
interface Part {
  candidates(label: string, position: number): Element[];
  owns(dialog: Element): boolean;
}

/**
 * A HubSpot list step: the first label only inside the step's row, later ones (the confirm
 * dialog's button) only in an open dialog that row's action opened, or in that row.
 */
function rowPart(doc: Document, row: Element, address: string, lastPressed: Element | undefined): Part {
  const owns = (dialog: Element) => dialogBelongsToRow(dialog, row, address, lastPressed);
  return {
    owns,
    candidates(label, position) {
      const inRow = clickables(row, label);
      if (position === 0) return inRow;
      const inDialog = clickables(doc, label).filter((el) => {
        const dialog = openDialogOf(el);
        return dialog !== undefined && owns(dialog);
      });
      return [...inDialog, ...inRow];
    },
  };
}

/** A provider's page, where every app has the same buttons: only HubSpot's part of it. */
function hubspotPart(doc: Document): Part {
  return { owns: dialogAboutHubSpot, candidates: (label) => clickables(doc, label).filter(aboutHubSpot) };
}

/**
 * One of HubSpot's own settings pages without a step row (Partner > Automation, a user's own
 * page): the whole page is about the step, and so is its dialog; a later label (the dialog's
 * confirm button) is looked for in an open dialog first.
 */
function settingsPart(doc: Document): Part {
  return {
    owns: () => true,
    candidates: (label, position) => {
      const all = clickables(doc, label);
      return position === 0 ? all : [...all.filter((el) => openDialogOf(el) !== undefined), ...all];
    },
  };
}

/**
 * The element the step needs now, in the page's language, or why none may be outlined, or
 * undefined while the page does not (yet) show it. The sequence's furthest label that is
 * visible wins: once "Disable" opened its dialog, "Yes, disable" is the one to press; when the
 * dialog closes again, "Disable" is. A label behind a modal dialog (inert) means the dialog is
 * the next thing to act on, when it is the step's own. On a provider's list page without the
 * label, HubSpot's entry is the way in. Never on a provider's page signed in to another account
 * than the step's, nor one that does not say whose it is: that would revoke the wrong grant.
 * `lastPressed` is what the user last pressed on this page (a dialog that names no address
 * belongs to the row pressed before it opened).
 */
export function findGuideTarget(doc: Document, target: Target, lastPressed?: Element): TargetResult {
  if (target.account) {
    const shown = signedInAccount(doc, target.page);
    if (!shown) return { refused: 'unknown-account' };
    if (shown.toLowerCase() !== target.account.toLowerCase()) return { refused: 'wrong-account' };
  }
  let part: Part;
  if (target.rowAddress) {
    const row = stepRow(doc, target.page, target.rowAddress);
    if (row === undefined) return undefined;
    if (row === 'none') return { refused: 'no-row' };
    if (row === 'several') return { refused: 'several-rows' };
    part = rowPart(doc, row, target.rowAddress, lastPressed);
    // Another row's confirm dialog is in front: pressing anything on the step's row now is impossible.
    const modal = openModalDialog(doc);
    if (modal && !part.owns(modal)) return { refused: 'other-dialog' };
  } else {
    part = target.page.startsWith('hubspot-') ? settingsPart(doc) : hubspotPart(doc);
  }
  const locale = pageLocale(doc);
  if (target.fill !== undefined) {
    // A field to fill first (the partner domain): pointed at until it holds the text, then the button.
    const label = labelText(target.page, target.labelKey, locale);
    const field = label ? (allByRole(doc, 'textbox', label).find((el) => !inert(el)) as HTMLInputElement | undefined) : undefined;
    if (field && field.value.trim().toLowerCase() !== target.fill.toLowerCase()) return { element: field, position: 0, labelKey: target.labelKey };
  }
  const keys = [target.labelKey, ...target.then];
  let foreignDialog = false;
  for (let position = keys.length - 1; position >= 0; position -= 1) {
    const key = keys[position] as string;
    const label = labelText(target.page, key, locale);
    if (!label) continue;
    const found = part.candidates(label, position);
    const live = found.find((el) => !inert(el));
    if (live) return { element: revealed(live), position, labelKey: key };
    const dialog = found.length > 0 ? openDialog(doc) : undefined;
    if (dialog && part.owns(dialog)) return { element: dialog, position, labelKey: key };
    if (dialog) foreignDialog = true;
  }
  if (foreignDialog) return { refused: 'other-dialog' };
  const entry = target.rowAddress ? undefined : allByRole(doc, 'link').find((a) => isHubSpotApp(normalizeText(a.textContent)) && !inert(a));
  return entry ? { element: entry, position: -1, labelKey: target.labelKey } : undefined;
}

/** A link folded inside a closed <details> has no box: its summary is what to press first. */
function revealed(el: Element): Element {
  const folded = el.closest('details:not([open])');
  return folded?.querySelector(':scope > summary') ?? el;
}
