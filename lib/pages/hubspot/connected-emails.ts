import { allByRole, byRole, isBusy, normalizeText, roleOf } from '../dom/page-dom';
import { listCompleteness, type Listing } from '../dom/list-completeness';
import { HUBSPOT_LABELS, pageLocale } from './labels';
import { addressCellOf, addressedRows, type AddressedRow } from './listed-rows';
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
  /** The portal the page's URL names (a number, as every portal id is). */
  portalId: number;
  /** The signed-in HubSpot user, when the page shows it (the list is that user's). */
  user: string | undefined;
  rows: ConnectedEmailRow[];
  /** Whether the list shows every inbox (not searched, paged or partly loaded). */
  listing: Listing;
}

/** A cell's own words, without a status notice inside it ("Connected" + "Reconnect it."). */
function cellWords(cell: Element): string {
  const parts = [...cell.childNodes].filter((node) => !(node.nodeType === 1 && roleOf(node as Element) === 'status'));
  return normalizeText(parts.map((node) => node.textContent).join(' '));
}

function readRow(row: Element, disabledLabel: string): ConnectedEmailRow | undefined {
  const found = addressCellOf(row);
  if (!found) return undefined;
  const cells = allByRole(row, 'cell');
  const saysDisabled = cells.some((cell) => cellWords(cell).toLocaleLowerCase() === disabledLabel.toLocaleLowerCase());
  const disabled = row.getAttribute('aria-disabled') === 'true' || saysDisabled;
  const notice = normalizeText(byRole(row, 'status')?.textContent) || null;
  const provider = providerNamedInCells(cells.filter((cell) => cell !== found.cell), cellWords);
  return { address: found.address, state: disabled ? 'disabled' : 'connected', error: disabled ? null : notice, provider };
}

/**
 * The Connected emails list as a person finds it (dated 2026-11-22; labels from the seeds): the
 * tab (or, without tabs, the heading) named "Connected emails" in the page's language, the panel
 * it controls, the tables in it. Undefined when the tab is not there (wrong page, changed
 * layout), not selected, or its panel is still loading or empty of text.
 */
function connectedEmailsPanel(doc: Document): { panel: Element; tables: Element[] } | undefined {
  const labels = HUBSPOT_LABELS[pageLocale(doc)];
  const tab = byRole(doc, 'tab', labels.connectedEmails);
  if (tab?.getAttribute('aria-selected') === 'false') return undefined;
  const controls = tab?.getAttribute('aria-controls');
  // Should HubSpot drop the tabs, a heading with the same label would still name the list.
  const heading = tab ? undefined : byRole(doc, 'heading', labels.connectedEmails);
  if (!tab && !heading) return undefined;
  const panel = (controls && doc.getElementById(controls)) || (tab ? byRole(doc, 'tabpanel') : heading?.closest('section, main')) || doc.querySelector('main');
  if (!panel || isBusy(panel) || !normalizeText(panel.textContent)) return undefined;
  return { panel, tables: allByRole(panel, 'table') };
}

/** The list's rows that show an address, as the guide's highlighter finds a step's row. */
export function connectedEmailRows(doc: Document): AddressedRow[] | undefined {
  const list = connectedEmailsPanel(doc);
  return list && addressedRows(list.tables);
}

/**
 * Reads the connected inboxes: the rows of the panel's tables that carry an address in an
 * address cell. A row that says "Disabled" (or is aria-disabled, as HubSpot greys it out) is
 * disabled; a status notice on a connected row is its error. Undefined while the list cannot be
 * read: an unready page must never read as "no inboxes".
 */
export function readConnectedEmails(doc: Document, path: string, url?: URL): ConnectedEmailsReading | undefined {
  const portal = CONNECTED_EMAILS_PATH.exec(path)?.[1];
  if (!portal) return undefined;
  const list = connectedEmailsPanel(doc);
  if (!list) return undefined;
  const disabledLabel = HUBSPOT_LABELS[pageLocale(doc)].disabled;
  const rows = addressedRows(list.tables).map(({ row }) => readRow(row, disabledLabel)).filter((r): r is ConnectedEmailRow => r !== undefined);
  const listing = listCompleteness(list.panel, list.tables, url ?? new URL(`https://app.hubspot.com${path}`));
  return { portalId: Number(portal), user: hubspotSignedInUser(doc), rows, listing };
}
