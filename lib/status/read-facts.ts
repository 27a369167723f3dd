import { normalizeAddress } from '../model';
import { openStore } from '../store/open';
import { verdictOf, type MailboxFacts } from './mailbox-facts';
import type { LinkStatus } from './mailbox-status';

/** Reads everything known about one address in a single read transaction (a consistent snapshot). */
export async function readMailboxFacts(address: string): Promise<MailboxFacts> {
  const key = normalizeAddress(address);
  const db = await openStore();
  const tx = db.transaction(['mailboxes', 'observations', 'channelAccounts', 'grants'], 'readonly');
  const [mailbox, observations, channelAccounts, grants] = await Promise.all([
    tx.objectStore('mailboxes').get(key),
    tx.objectStore('observations').index('address').getAll(key),
    tx.objectStore('channelAccounts').index('address').getAll(key),
    tx.objectStore('grants').index('address').getAll(key),
  ]);
  await tx.done;
  return { mailbox, observations, channelAccounts, grants };
}

export interface MailboxSummaryRow {
  address: string;
  provider: string;
  kind: 'personal' | 'team';
  status: LinkStatus;
  lastSeenAt: string;
}

/** Groups records by their (lower-case) address. */
function byAddress<T extends { address?: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    if (!record.address) continue;
    const list = groups.get(record.address);
    if (list) list.push(record);
    else groups.set(record.address, [record]);
  }
  return groups;
}

/**
 * Every known mailbox with its status, most recently seen first. Reads only; any extension page
 * may call it. One read transaction over four stores, grouped in memory: a transaction per
 * mailbox made a cache of 2,000 mailboxes take minutes.
 */
export async function summarizeMailboxes(): Promise<MailboxSummaryRow[]> {
  const db = await openStore();
  const tx = db.transaction(['mailboxes', 'observations', 'channelAccounts', 'grants'], 'readonly');
  const [mailboxes, observations, channelAccounts, grants] = await Promise.all([
    tx.objectStore('mailboxes').getAll(),
    tx.objectStore('observations').getAll(),
    tx.objectStore('channelAccounts').getAll(),
    tx.objectStore('grants').getAll(),
  ]);
  await tx.done;
  const [observed, accounts, granted] = [byAddress(observations), byAddress(channelAccounts), byAddress(grants)];
  const rows = mailboxes.map((mailbox) => {
    const verdict = verdictOf({
      mailbox,
      observations: observed.get(mailbox.address) ?? [],
      channelAccounts: accounts.get(mailbox.address) ?? [],
      grants: granted.get(mailbox.address) ?? [],
    });
    return { address: mailbox.address, provider: mailbox.provider, kind: verdict.kind, status: verdict.status, lastSeenAt: mailbox.updatedAt };
  });
  return rows.sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt));
}
