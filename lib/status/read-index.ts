import { unwrap } from 'idb';
import type { ChannelAccount, CrmUser, Finding, Mailbox } from '../model';
import { getMany } from '../store/get-many';
import { openStore } from '../store/open';
import { summarizeRows, type MailboxSummaryRow } from './read-facts';

/** What the side panel's list joins: status rows, the mailboxes, their owners, team channels, findings. */
export interface MailboxIndexSources {
  rows: MailboxSummaryRow[];
  mailboxes: Mailbox[];
  /** The CRM users a personal mailbox may belong to: by the mailbox's user id, and by its address. */
  owners: CrmUser[];
  channelAccounts: ChannelAccount[];
  findings: Finding[];
}

/**
 * Everything the mailbox list shows, in one read transaction (a consistent snapshot). CRM users
 * are looked up per personal mailbox (a team mailbox has no owner) through the key and the email
 * index, in batches (../store/get-many.ts), instead of read whole: a portal's 10,000 users
 * arriving as one getAll cost the page a long task to deserialize.
 */
export async function readMailboxIndexSources(): Promise<MailboxIndexSources> {
  const db = await openStore();
  const tx = db.transaction(['mailboxes', 'observations', 'channelAccounts', 'grants', 'findings', 'crmUsers'], 'readonly');
  const [mailboxes, observations, channelAccounts, grants, findings] = await Promise.all([
    tx.objectStore('mailboxes').getAll(),
    tx.objectStore('observations').getAll(),
    tx.objectStore('channelAccounts').getAll(),
    tx.objectStore('grants').getAll(),
    tx.objectStore('findings').getAll(),
  ]);
  const personal = mailboxes.filter((mailbox) => mailbox.kind !== 'team');
  const users = unwrap(tx.objectStore('crmUsers'));
  // Issued in the same turn as the reads above resolved, so the transaction is still active.
  const found = await Promise.all([
    getMany<CrmUser>(users, personal.flatMap((mailbox) => (mailbox.userId ? [mailbox.userId] : []))),
    getMany<CrmUser>(users.index('email'), personal.map((mailbox) => mailbox.address)),
  ]);
  await tx.done;
  const owners = new Map<string, CrmUser>();
  for (const user of found.flat()) if (user) owners.set(user.id, user);
  return { rows: summarizeRows({ mailboxes, observations, channelAccounts, grants }), mailboxes, owners: [...owners.values()], channelAccounts, findings };
}
