/**
 * Reading a mailbox's facts out of the store, beside it: the status rule (lib/status) is pure and
 * receives what these functions read. Any extension context may call them (the store is the
 * extension's); content scripts cannot (openStore throws there).
 */
import { normalizeAddress } from '../../model';
import type { IDBPTransaction } from 'idb';
import type { InboxlinkDB, StoreName } from '../db-types';
import { openStore } from '../open';
import type { MetaMap } from '../records';
// meta `hubspotPortal` is declared there.
import type {} from '../../auth/hubspot-portal';
import type { MailboxFacts } from '../../status/mailbox-facts';
import { summarizeRows, type MailboxSummaryRow } from '../../status/summary';

/** The stores readMailboxFactsIn reads; a caller's transaction must include them. */
export const FACT_STORES = ['mailboxes', 'observations', 'channelAccounts', 'grants', 'crmUsers', 'meta'] as const;

type FactTransaction = IDBPTransaction<InboxlinkDB, StoreName[], 'readonly'>;

/** The connected HubSpot portal (meta `hubspotPortal`): HubSpot pages of other portals do not count. */
const connectedPortal = (tx: FactTransaction) => tx.objectStore('meta').get('hubspotPortal') as Promise<MetaMap['hubspotPortal'] | undefined>;

/** The reads of one address's facts, issued at once inside the caller's transaction; the owner by the mailbox's user id, else by email. */
export function readMailboxFactsIn(tx: FactTransaction, key: string): Promise<MailboxFacts> {
  const users = tx.objectStore('crmUsers');
  const mailboxRead = tx.objectStore('mailboxes').get(key);
  return Promise.all([
    mailboxRead,
    tx.objectStore('observations').index('address').getAll(key),
    tx.objectStore('channelAccounts').index('address').getAll(key),
    tx.objectStore('grants').index('address').getAll(key),
    // Issued from the mailbox's result, while the transaction is still active.
    mailboxRead.then((mailbox) => (mailbox?.userId ? users.get(mailbox.userId) : undefined)),
    users.index('email').get(key),
    connectedPortal(tx),
  ]).then(([mailbox, observations, channelAccounts, grants, byId, byEmail, portal]) => ({
    mailbox, observations, channelAccounts, grants, owner: byId ?? byEmail, ...(portal ? { portalId: portal.portalId } : {}),
  }));
}

/** Reads everything known about one address in a single read transaction (a consistent snapshot). */
export async function readMailboxFacts(address: string): Promise<MailboxFacts> {
  const db = await openStore();
  const tx = db.transaction([...FACT_STORES], 'readonly');
  const facts = await readMailboxFactsIn(tx, normalizeAddress(address));
  await tx.done;
  return facts;
}

/**
 * Every known mailbox with its status, most recently seen first. Reads only; any extension page
 * may call it. One read transaction over four stores, grouped in memory (lib/status/summary.ts):
 * a transaction per mailbox made a cache of 2,000 mailboxes take minutes.
 */
export async function summarizeMailboxes(): Promise<MailboxSummaryRow[]> {
  const db = await openStore();
  const tx = db.transaction([...FACT_STORES], 'readonly');
  const users = tx.objectStore('crmUsers').index('status');
  const [mailboxes, observations, channelAccounts, grants, deactivated, removed, portal] = await Promise.all([
    tx.objectStore('mailboxes').getAll(),
    tx.objectStore('observations').getAll(),
    tx.objectStore('channelAccounts').getAll(),
    tx.objectStore('grants').getAll(),
    // Only users who are not active change a mailbox's status: a few, not the whole portal.
    users.getAll('deactivated'),
    users.getAll('removed'),
    connectedPortal(tx),
  ]);
  await tx.done;
  return summarizeRows({ mailboxes, observations, channelAccounts, grants, inactiveUsers: [...removed, ...deactivated], ...(portal ? { portalId: portal.portalId } : {}) });
}
