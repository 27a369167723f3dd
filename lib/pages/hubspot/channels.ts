import { firstAddressIn } from '../find-address';
import { allByRole, byRole, isBusy, normalizeText, startsWithLabel } from '../dom/page-dom';
import { HUBSPOT_LABELS, pageLocale } from './labels';
import { providerNamedInCells, type NamedProvider } from './provider-names';

/** Conversations > Inbox settings > Channels (hubspot.md §7; the sub-path is the sandbox's). */
export const CHANNELS_PATH = /^\/live-messages-settings\/(\d+)\/inboxes\/([^/]+)\/channels\/?$/;

export interface TeamChannelRow {
  address: string;
  /**
   * The provider the row's provider column names (Gmail, Office 365, Outlook.com, IMAP), when it
   * names one. The channel-accounts API never says it, so this column is where a team address on
   * a company domain gets its provider.
   */
  provider: NamedProvider | null;
  /** The address of the user the row says connected the channel, when the table has that column. */
  connectedBy: string | null;
}

/**
 * The address in the row, read cell by cell: cells' text runs together without a space when the
 * markup has none between them ("a@x.example" + "Outlook" is not "a@x.exampleoutlook").
 */
function rowAddress(row: Element): string | undefined {
  for (const cell of allByRole(row, 'cell')) {
    const address = firstAddressIn(cell.textContent);
    if (address) return address;
  }
  return firstAddressIn(row.textContent);
}

/** The provider named outside the cell that carries the address (a channel name may say "Gmail"). */
function rowProvider(row: Element): NamedProvider | null {
  const cells = allByRole(row, 'cell').filter((cell) => !firstAddressIn(cell.textContent));
  return providerNamedInCells(cells, (cell) => normalizeText(cell.textContent));
}

/** The column whose header is the "Connected by" label, if the table has one. */
function connectedByColumn(table: Element, label: string): number {
  const headers = allByRole(table, 'cell').filter((cell) => cell.tagName === 'TH' || cell.getAttribute('role') === 'columnheader');
  return headers.findIndex((header) => normalizeText(header.textContent).toLowerCase() === label.toLowerCase());
}

export interface ChannelsReading {
  portalId: string;
  inboxId: string;
  channels: TeamChannelRow[];
}

/**
 * The email channels of one Conversations inbox, read as a person does (dated 2026-11-22,
 * "Channels" label from the seeds): a heading or table caption starting with "Channels" in the
 * page's language, then the table rows that carry an address (chat and form channels have none
 * and are skipped), each with the provider its row names. Undefined when that label is missing
 * or the page is still loading; a page with the heading and no table lists no channels.
 */
export function readChannels(doc: Document, path: string): ChannelsReading | undefined {
  const match = CHANNELS_PATH.exec(path);
  const [portalId, inboxId] = [match?.[1], match?.[2]];
  if (!portalId || !inboxId) return undefined;
  const label = startsWithLabel(HUBSPOT_LABELS[pageLocale(doc)].channels);
  const captioned = byRole(doc, 'table', label);
  const heading = byRole(doc, 'heading', label);
  if (!captioned && !heading) return undefined;
  const scope = captioned?.closest('main') ?? heading?.closest('main') ?? doc.body;
  if (!scope || isBusy(scope) || !normalizeText(scope.textContent)) return undefined;
  const tables = captioned ? [captioned] : allByRole(scope, 'table');
  const channels: TeamChannelRow[] = [];
  const byLabel = HUBSPOT_LABELS[pageLocale(doc)].connectedBy;
  for (const table of tables) {
    const byColumn = connectedByColumn(table, byLabel);
    for (const row of allByRole(table, 'row')) {
      const address = rowAddress(row);
      if (!address || channels.some((c) => c.address === address)) continue;
      const byCell = byColumn >= 0 ? allByRole(row, 'cell')[byColumn] : undefined;
      channels.push({ address, provider: rowProvider(row), connectedBy: firstAddressIn(byCell?.textContent) ?? null });
    }
  }
  return { portalId, inboxId: decodeURIComponent(inboxId), channels };
}
