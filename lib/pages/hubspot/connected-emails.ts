import { firstAddressIn } from '../find-address';
import { HUBSPOT_LABELS, pageLocale } from './labels';

/** HubSpot's Connected emails page: /settings/{portal}/user-preferences/email (hubspot.md §7). */
export const CONNECTED_EMAILS_PATH = /^\/settings\/\d+\/user-preferences\/email\/?$/;

export interface ConnectedEmailRow {
  address: string;
  state: 'connected' | 'disabled';
  /** HubSpot's own error text on a connected row (e.g. access revoked), if shown. */
  error: string | null;
}

/**
 * Reads the connected inboxes as a person does: rows of a table that carry an address; a row
 * that says "Disabled" (in the page's language) or is marked aria-disabled is disabled.
 * Seen 2026-11-01. Returns undefined when no table is there yet (still rendering, or changed).
 */
export function readConnectedEmails(doc: Document): ConnectedEmailRow[] | undefined {
  const table = doc.querySelector('[role="tabpanel"] table, main table');
  if (!table) return undefined;
  const disabledLabel = HUBSPOT_LABELS[pageLocale(doc)].disabled;
  const rows: ConnectedEmailRow[] = [];
  for (const row of table.querySelectorAll('tbody tr, [role="row"]')) {
    const address = firstAddressIn(row.querySelector('td, [role="cell"]')?.textContent) ?? firstAddressIn(row.textContent);
    if (!address) continue;
    const cells = [...row.querySelectorAll('td, [role="cell"]')].map((c) => c.firstChild?.textContent?.trim() ?? '');
    const disabled = row.getAttribute('aria-disabled') === 'true' || cells.includes(disabledLabel);
    const notice = row.querySelector('[role="status"], [role="alert"]')?.textContent?.trim() || null;
    rows.push({ address, state: disabled ? 'disabled' : 'connected', error: disabled ? null : notice });
  }
  return rows;
}
