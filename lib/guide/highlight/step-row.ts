import type { GuideStepPage } from '../../messaging/guide-protocol';
import { channelRows } from '../../pages/hubspot/channels';
import { connectedEmailRows } from '../../pages/hubspot/connected-emails';
import { allByRole } from '../../pages/dom/page-dom';
import { addressedRows, exactRow, type AddressedRow } from '../../pages/hubspot/listed-rows';

/** The rows of the step page's own list, read as its observer reads them; undefined while unreadable. */
export function listRows(doc: Document, page: GuideStepPage): AddressedRow[] | undefined {
  switch (page) {
    case 'hubspot-connected-emails':
      return connectedEmailRows(doc);
    case 'hubspot-channels':
      return channelRows(doc);
    default: {
      // Users & Teams, Account & Billing's points of contact: every table's rows that show an address.
      const tables = allByRole(doc, 'table');
      return tables.length > 0 ? addressedRows(tables) : undefined;
    }
  }
}

/**
 * The one row of the step page's list whose address cell shows exactly `address`: 'none' or
 * 'several' when that cannot be said (lib/pages/hubspot/listed-rows.ts), undefined while the list
 * cannot be read yet. Rows elsewhere on the page (another table, a dialog) never count.
 */
export function stepRow(doc: Document, page: GuideStepPage, address: string): Element | 'none' | 'several' | undefined {
  const rows = listRows(doc, page);
  return rows && exactRow(rows, address);
}
