import { allByRole, byRole, isBusy, normalizeText, startsWithLabel } from '../dom/page-dom';
import { listCompleteness, type Listing } from '../dom/list-completeness';
import { HUBSPOT_LABELS, pageLocale } from './labels';
import { addressCellOf, addressedRows, type AddressedRow } from './listed-rows';
import { providerNamedInCells, type NamedProvider } from './provider-names';
import { firstAddressIn } from '../find-address';

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

/** The provider named outside the cell that carries the address (a channel name may say "Gmail"). */
function rowProvider(row: Element): NamedProvider | null {
  const addressCell = addressCellOf(row)?.cell;
  const cells = allByRole(row, 'cell').filter((cell) => cell !== addressCell);
  return providerNamedInCells(cells, (cell) => normalizeText(cell.textContent));
}

/** The column whose header is the "Connected by" label, if the table has one. */
function connectedByColumn(table: Element, label: string): number {
  const headers = allByRole(table, 'cell').filter((cell) => cell.tagName === 'TH' || cell.getAttribute('role') === 'columnheader');
  return headers.findIndex((header) => normalizeText(header.textContent).toLowerCase() === label.toLowerCase());
}

export interface ChannelsReading {
  /** The portal the page's URL names (a number, as every portal id is). */
  portalId: number;
  inboxId: string;
  channels: TeamChannelRow[];
  /** Whether the list shows every channel of the inbox. */
  listing: Listing;
}

/**
 * The channels table(s) of one Conversations inbox, read as a person does (dated 2026-11-22,
 * "Channels" label from the seeds): a table captioned, or a heading starting with, "Channels" in
 * the page's language, within its main region. Undefined when that label is missing or the page
 * is still loading.
 */
function channelsTables(doc: Document): { region: Element; tables: Element[] } | undefined {
  const label = startsWithLabel(HUBSPOT_LABELS[pageLocale(doc)].channels);
  const captioned = byRole(doc, 'table', label);
  const heading = byRole(doc, 'heading', label);
  if (!captioned && !heading) return undefined;
  const region = captioned?.closest('main') ?? heading?.closest('main') ?? doc.body;
  if (!region || isBusy(region) || !normalizeText(region.textContent)) return undefined;
  return { region, tables: captioned ? [captioned] : allByRole(region, 'table') };
}

/** The channel rows that show an address, as the guide's highlighter finds a step's row. */
export function channelRows(doc: Document): AddressedRow[] | undefined {
  const list = channelsTables(doc);
  return list && addressedRows(list.tables);
}

/**
 * The email channels of one Conversations inbox: the rows that carry an address in an address
 * cell (chat and form channels have none and are skipped), each with the provider its row names.
 * A page with the heading and no table lists no channels.
 */
export function readChannels(doc: Document, path: string, url?: URL): ChannelsReading | undefined {
  const match = CHANNELS_PATH.exec(path);
  const [portalId, inboxId] = [match?.[1], match?.[2]];
  if (!portalId || !inboxId) return undefined;
  const list = channelsTables(doc);
  if (!list) return undefined;
  const channels: TeamChannelRow[] = [];
  const byLabel = HUBSPOT_LABELS[pageLocale(doc)].connectedBy;
  for (const table of list.tables) {
    const byColumn = connectedByColumn(table, byLabel);
    for (const { row, address } of addressedRows([table])) {
      if (channels.some((c) => c.address === address)) continue;
      const byCell = byColumn >= 0 ? allByRole(row, 'cell')[byColumn] : undefined;
      channels.push({ address, provider: rowProvider(row), connectedBy: firstAddressIn(byCell?.textContent) ?? null });
    }
  }
  const listing = listCompleteness(list.region, list.tables, url ?? new URL(`https://app.hubspot.com${path}`));
  return { portalId: Number(portalId), inboxId: decodeURIComponent(inboxId), channels, listing };
}
