import type { CrmUserStatus, ImportRowState } from '../model';
import { isOnPartnerDomain } from '../partner/domains';
import { addressOf } from './email';
import type { ImportEntry } from './entries';

/**
 * The preview of a user import, before anything is created: what will happen to every input.
 * Pure: it gets the known users (the users API's list as the store has it; removed users may be
 * created again, HubSpot's own advice) and, on a partner portal, the partner employee domain.
 * The background recomputes it from the same entries before it creates anyone.
 */
export type PreviewVerdict = Extract<ImportRowState, 'invalid' | 'duplicate' | 'existing' | 'reactivate' | 'pending'>;

export interface PreviewSnapshot {
  users: readonly { id: string; email: string; status: CrmUserStatus }[];
  /** Set on a partner portal whose employee domain is known (issue 14's reading: lib/partner/read-facts.ts). */
  partnerDomain?: string;
}

export interface PreviewRow {
  index: number;
  line: number;
  input: string;
  address?: string;
  verdict: PreviewVerdict;
  /** For a duplicate: the index of the first row with the address. */
  duplicateOf?: number;
  /** For an existing or deactivated user: who. */
  userId?: string;
  partner?: 'on-domain' | 'off-domain';
}

export type PreviewCounts = Record<PreviewVerdict, number>;

export interface ImportPreview {
  rows: PreviewRow[];
  counts: PreviewCounts;
}

export function previewImport(entries: readonly ImportEntry[], snapshot: PreviewSnapshot): ImportPreview {
  const known = new Map<string, { id: string; status: CrmUserStatus }>();
  for (const user of snapshot.users) if (user.status !== 'removed') known.set(user.email.toLowerCase(), user);
  const firstRow = new Map<string, number>();
  const counts: PreviewCounts = { invalid: 0, duplicate: 0, existing: 0, reactivate: 0, pending: 0 };
  const partnerDomain = snapshot.partnerDomain?.toLowerCase();
  const rows = entries.map((entry, index): PreviewRow => {
    const base = { index, line: entry.line, input: entry.input };
    const address = addressOf(entry.input);
    let row: PreviewRow;
    if (!address) row = { ...base, verdict: 'invalid' };
    else {
      const partner = partnerDomain ? { partner: isOnPartnerDomain(address, partnerDomain) ? ('on-domain' as const) : ('off-domain' as const) } : {};
      const first = firstRow.get(address);
      const user = known.get(address);
      if (first !== undefined) row = { ...base, address, verdict: 'duplicate', duplicateOf: first, ...partner };
      else if (user) row = { ...base, address, verdict: user.status === 'deactivated' ? 'reactivate' : 'existing', userId: user.id, ...partner };
      else row = { ...base, address, verdict: 'pending', ...partner };
      if (first === undefined) firstRow.set(address, index);
    }
    counts[row.verdict] += 1;
    return row;
  });
  return { rows, counts };
}
