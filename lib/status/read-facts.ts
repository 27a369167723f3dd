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

/** Every known mailbox with its status, most recently seen first. Reads only; any extension page may call it. */
export async function summarizeMailboxes(): Promise<MailboxSummaryRow[]> {
  const db = await openStore();
  const mailboxes = await db.getAll('mailboxes');
  const rows = await Promise.all(
    mailboxes.map(async (mailbox) => {
      const verdict = verdictOf(await readMailboxFacts(mailbox.address));
      return { address: mailbox.address, provider: mailbox.provider, kind: verdict.kind, status: verdict.status, lastSeenAt: mailbox.updatedAt };
    }),
  );
  return rows.sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt));
}
