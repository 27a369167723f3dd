import { normalizeAddress } from '../../model';
import type { StoreDatabase } from '../../store/open';

/**
 * Every address Inboxlink knows (CRM users, owners, mailboxes, team channel accounts), normalised,
 * sorted and without duplicates: the addresses whose provider grant the admin jobs check.
 */
export async function knownAddressList(db: StoreDatabase): Promise<string[]> {
  const [users, owners, mailboxes, accounts] = await Promise.all([
    db.getAll('crmUsers'),
    db.getAll('owners'),
    db.getAll('mailboxes'),
    db.getAll('channelAccounts'),
  ]);
  const all = [
    ...users.filter((user) => !user.goneAt).map((user) => user.email),
    ...owners.filter((owner) => !owner.goneAt).map((owner) => owner.email),
    ...mailboxes.map((mailbox) => mailbox.address),
    ...accounts.filter((account) => !account.goneAt).map((account) => account.address),
  ];
  return [...new Set(all.filter((a): a is string => Boolean(a)).map(normalizeAddress))].sort();
}
