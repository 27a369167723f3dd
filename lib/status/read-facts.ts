import { normalizeAddress, type ChannelAccount, type Mailbox, type Observation, type ProviderGrant } from '../model';
import type { IDBPTransaction } from 'idb';
import type { InboxlinkDB, StoreName } from '../store/db-types';
import { openStore } from '../store/open';
import type { MetaMap } from '../store/records';
// meta `hubspotPortal` is declared there.
import type {} from '../auth/hubspot-portal';
import { verdictOf, type MailboxFacts } from './mailbox-facts';
import type { LinkStatus } from './mailbox-status';

/** The stores readMailboxFactsIn reads; a caller's transaction must include them. */
export const FACT_STORES = ['mailboxes', 'observations', 'channelAccounts', 'grants', 'meta'] as const;

type FactTransaction = IDBPTransaction<InboxlinkDB, StoreName[], 'readonly'>;

/** The connected HubSpot portal (meta `hubspotPortal`): HubSpot pages of other portals do not count. */
const connectedPortal = (tx: FactTransaction) => tx.objectStore('meta').get('hubspotPortal') as Promise<MetaMap['hubspotPortal'] | undefined>;

/** The reads of one address's facts, issued at once inside the caller's transaction. */
export function readMailboxFactsIn(tx: FactTransaction, key: string): Promise<MailboxFacts> {
  return Promise.all([
    tx.objectStore('mailboxes').get(key),
    tx.objectStore('observations').index('address').getAll(key),
    tx.objectStore('channelAccounts').index('address').getAll(key),
    tx.objectStore('grants').index('address').getAll(key),
    connectedPortal(tx),
  ]).then(([mailbox, observations, channelAccounts, grants, portal]) => ({
    mailbox, observations, channelAccounts, grants, ...(portal ? { portalId: portal.portalId } : {}),
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

/** The facts of every mailbox, already read: what summarizeRows judges. */
export interface FactRecords {
  mailboxes: readonly Mailbox[];
  observations: readonly Observation[];
  channelAccounts: readonly ChannelAccount[];
  grants: readonly ProviderGrant[];
  /** The connected HubSpot portal: HubSpot pages of other portals do not count. */
  portalId?: number;
}

/** Every mailbox's status row from its facts, most recently seen first (pure). */
export function summarizeRows({ mailboxes, observations, channelAccounts, grants, portalId }: FactRecords): MailboxSummaryRow[] {
  const [observed, accounts, granted] = [byAddress(observations), byAddress(channelAccounts), byAddress(grants)];
  const rows = mailboxes.map((mailbox) => {
    const verdict = verdictOf({
      mailbox,
      observations: observed.get(mailbox.address) ?? [],
      channelAccounts: accounts.get(mailbox.address) ?? [],
      grants: granted.get(mailbox.address) ?? [],
      ...(portalId !== undefined ? { portalId } : {}),
    });
    return { address: mailbox.address, provider: mailbox.provider, kind: verdict.kind, status: verdict.status, lastSeenAt: mailbox.updatedAt };
  });
  return rows.sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt));
}

/**
 * Every known mailbox with its status, most recently seen first. Reads only; any extension page
 * may call it. One read transaction over four stores, grouped in memory: a transaction per
 * mailbox made a cache of 2,000 mailboxes take minutes.
 */
export async function summarizeMailboxes(): Promise<MailboxSummaryRow[]> {
  const db = await openStore();
  const tx = db.transaction([...FACT_STORES], 'readonly');
  const [mailboxes, observations, channelAccounts, grants, portal] = await Promise.all([
    tx.objectStore('mailboxes').getAll(),
    tx.objectStore('observations').getAll(),
    tx.objectStore('channelAccounts').getAll(),
    tx.objectStore('grants').getAll(),
    connectedPortal(tx),
  ]);
  await tx.done;
  return summarizeRows({ mailboxes, observations, channelAccounts, grants, ...(portal ? { portalId: portal.portalId } : {}) });
}
