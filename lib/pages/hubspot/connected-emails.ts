import { firstAddressIn } from '../find-address';
import { allByRole, byRole, isBusy, normalizeText, roleOf } from '../dom/page-dom';
import { HUBSPOT_LABELS, pageLocale } from './labels';
import { providerNamedInCells, type NamedProvider } from './provider-names';
import { hubspotSignedInUser } from './signed-in-user';

/** HubSpot's Connected emails page: /settings/{portal}/user-preferences/email (hubspot.md §7). */
export const CONNECTED_EMAILS_PATH = /^\/settings\/(\d+)\/user-preferences\/email\/?$/;

export interface ConnectedEmailRow {
  address: string;
  state: 'connected' | 'disabled';
  /** HubSpot's own error text on a connected row (e.g. access revoked), if shown. */
  error: string | null;
  /** The provider the row names (Gmail, Office 365, Outlook.com, IMAP), when it names one. */
  provider: NamedProvider | null;
}

export interface ConnectedEmailsReading {
  portalId: string;
  /** The signed-in HubSpot user, when the page shows it (the list is that user's). */
  user: string | undefined;
  rows: ConnectedEmailRow[];
}

/** A cell's own words, without a status notice inside it ("Connected" + "Reconnect it."). */
function cellWords(cell: Element): string {
  const parts = [...cell.childNodes].filter((node) => !(node.nodeType === 1 && roleOf(node as Element) === 'status'));
  return normalizeText(parts.map((node) => node.textContent).join(' '));
}

function readRow(row: Element, disabledLabel: string): ConnectedEmailRow | undefined {
  const cells = allByRole(row, 'cell');
  const address = firstAddressIn(cells[0]?.textContent) ?? firstAddressIn(row.textContent);
  if (!address) return undefined;
  const saysDisabled = cells.some((cell) => cellWords(cell).toLocaleLowerCase() === disabledLabel.toLocaleLowerCase());
  const disabled = row.getAttribute('aria-disabled') === 'true' || saysDisabled;
  const notice = normalizeText(byRole(row, 'status')?.textContent) || null;
  return { address, state: disabled ? 'disabled' : 'connected', error: disabled ? null : notice, provider: providerNamedInCells(cells.slice(1), cellWords) };
}

/**
 * Reads the connected inboxes as a person does (dated 2026-11-22; labels from the seeds):
 * the tab (or, without tabs, the heading) named "Connected emails" in the page's language, the
 * panel it controls, the rows of its table that carry an address. A row that says "Disabled" (or is aria-disabled, as HubSpot
 * greys it out) is disabled; a status notice on a connected row is its error.
 * Undefined when the tab is not there (wrong page, changed layout), not selected, or its panel
 * is still loading or empty of text: an unready page must never read as "no inboxes".
 */
export function readConnectedEmails(doc: Document, path: string): ConnectedEmailsReading | undefined {
  const portalId = CONNECTED_EMAILS_PATH.exec(path)?.[1];
  if (!portalId) return undefined;
  const labels = HUBSPOT_LABELS[pageLocale(doc)];
  const tab = byRole(doc, 'tab', labels.connectedEmails);
  if (tab?.getAttribute('aria-selected') === 'false') return undefined;
  const controls = tab?.getAttribute('aria-controls');
  // Should HubSpot drop the tabs, a heading with the same label would still name the list.
  const heading = tab ? undefined : byRole(doc, 'heading', labels.connectedEmails);
  if (!tab && !heading) return undefined;
  const panel = (controls && doc.getElementById(controls)) || (tab ? byRole(doc, 'tabpanel') : heading?.closest('section, main')) || doc.querySelector('main');
  if (!panel || isBusy(panel) || !normalizeText(panel.textContent)) return undefined;
  const rows: ConnectedEmailRow[] = [];
  for (const table of allByRole(panel, 'table')) {
    for (const row of allByRole(table, 'row')) {
      const read = readRow(row, labels.disabled);
      if (read) rows.push(read);
    }
  }
  return { portalId, user: hubspotSignedInUser(doc), rows };
}
