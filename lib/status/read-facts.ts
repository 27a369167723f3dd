import { normalizeAddress } from '../model';
import { openStore } from '../store/open';
import type { MailboxFacts } from '../status/mailbox-facts';

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
