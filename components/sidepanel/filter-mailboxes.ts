import type { MailboxIndexRow } from '../shared/mailbox-index';

/** The side panel's filters; '' means "all". `owner` is a HubSpot user id or NO_OWNER. */
export interface MailboxFilters {
  query: string;
  provider: string;
  status: string;
  owner: string;
  kind: string;
}

export const NO_OWNER = '-';
export const NO_FILTERS: MailboxFilters = { query: '', provider: '', status: '', owner: '', kind: '' };

export function isFiltered(filters: MailboxFilters): boolean {
  return Object.values(filters).some((value) => value !== '');
}

/** What the search looks at, lower-cased once per row (rows are new objects after each read). */
const searchTexts = new WeakMap<MailboxIndexRow, string>();
function searchTextOf(row: MailboxIndexRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    // A line break between the fields: no query can match across two of them.
    text = [row.address, row.name ?? '', row.ownerName ?? ''].join('\n').toLowerCase();
    searchTexts.set(row, text);
  }
  return text;
}

/** Rows matching every set filter; the search looks at the address, the name and the owner. */
export function filterMailboxes(rows: readonly MailboxIndexRow[], filters: MailboxFilters): MailboxIndexRow[] {
  const query = filters.query.trim().toLowerCase();
  return rows.filter((row) => {
    if (filters.provider && row.provider !== filters.provider) return false;
    if (filters.status && row.status !== filters.status) return false;
    if (filters.kind && row.kind !== filters.kind) return false;
    if (filters.owner && (row.ownerId ?? NO_OWNER) !== filters.owner) return false;
    return !query || searchTextOf(row).includes(query);
  });
}

/** The owners present in the rows, by name, for the owner filter's options. */
export function ownerChoices(rows: readonly MailboxIndexRow[]): { id: string; name: string }[] {
  const owners = new Map<string, string>();
  for (const row of rows) if (row.ownerId) owners.set(row.ownerId, row.ownerName ?? row.ownerId);
  return [...owners].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
