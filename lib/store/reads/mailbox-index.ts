/**
 * The side panel's mailbox list, read beside the store; the status rows come from the pure
 * lib/status/summary.ts.
 */
import { unwrap } from 'idb';
import type { ChannelAccount, CrmUser, Finding, Mailbox } from '../../model';
import { getMany } from '../get-many';
import { openStore } from '../open';
import type { MetaMap } from '../records';
// meta `hubspotPortal` is declared there.
import type {} from '../../auth/hubspot-portal';
import { summarizeRows, type MailboxSummaryRow } from '../../status/summary';

/** What the side panel's list joins: status rows, the mailboxes, team channels, findings. */
export interface MailboxIndexSources {
  rows: MailboxSummaryRow[];
  mailboxes: Mailbox[];
  channelAccounts: ChannelAccount[];
  findings: Finding[];
}

/** Everything the mailbox list shows but the owners, in one read transaction (a consistent snapshot). */
export async function readMailboxIndexSources(): Promise<MailboxIndexSources> {
  const db = await openStore();
  const tx = db.transaction(['mailboxes', 'observations', 'channelAccounts', 'grants', 'findings', 'crmUsers', 'meta'], 'readonly');
  const inactive = tx.objectStore('crmUsers').index('status');
  const [mailboxes, observations, channelAccounts, grants, findings, deactivated, removed, portal] = await Promise.all([
    tx.objectStore('mailboxes').getAll(),
    tx.objectStore('observations').getAll(),
    tx.objectStore('channelAccounts').getAll(),
    tx.objectStore('grants').getAll(),
    tx.objectStore('findings').getAll(),
    // Only users who are not active change a mailbox's status: a few, not the whole portal.
    inactive.getAll('deactivated'),
    inactive.getAll('removed'),
    // The connected portal: HubSpot pages of another portal say nothing about these mailboxes.
    tx.objectStore('meta').get('hubspotPortal') as Promise<MetaMap['hubspotPortal'] | undefined>,
  ]);
  await tx.done;
  const rows = summarizeRows({
    mailboxes, observations, channelAccounts, grants, inactiveUsers: [...removed, ...deactivated], ...(portal ? { portalId: portal.portalId } : {}),
  });
  return { rows, mailboxes, channelAccounts, findings };
}

/**
 * The CRM users the personal mailboxes may belong to (a team mailbox has no owner): by each
 * mailbox's user id and by its address, through the key and the email index, in batches
 * (../get-many.ts). Read apart from the list, so the list shows before its owners: reading
 * a portal's 10,000 users whole cost the page a long task to deserialize, and 1,600 lookups take
 * longer than the list itself.
 */
export async function readMailboxOwners(mailboxes: readonly Mailbox[]): Promise<CrmUser[]> {
  const personal = mailboxes.filter((mailbox) => mailbox.kind !== 'team');
  if (personal.length === 0) return [];
  const db = await openStore();
  const tx = db.transaction('crmUsers', 'readonly');
  const users = unwrap(tx.objectStore('crmUsers'));
  const found = await Promise.all([
    getMany<CrmUser>(users, personal.flatMap((mailbox) => (mailbox.userId ? [mailbox.userId] : []))),
    getMany<CrmUser>(users.index('email'), personal.map((mailbox) => mailbox.address)),
  ]);
  await tx.done;
  const owners = new Map<string, CrmUser>();
  for (const user of found.flat()) if (user) owners.set(user.id, user);
  return [...owners.values()];
}
