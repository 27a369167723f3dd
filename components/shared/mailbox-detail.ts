import type { CrmUser, Finding, Mailbox } from '../../lib/model';
import { normalizeAddress } from '../../lib/model';
import type { HubSpotPortal } from '../../lib/auth/hubspot-portal';
import { verdictOf, type MailboxFacts, type MailboxVerdict } from '../../lib/status/mailbox-facts';
import { FACT_STORES, readMailboxFactsIn } from '../../lib/store/reads/mailbox-facts';
import { openStore } from '../../lib/store/open';
import type { MetaMap, StoreName } from '../../lib/store';

/** Everything the popup's one-mailbox view and the side panel's detail view show. */
export interface MailboxDetail {
  address: string;
  facts: MailboxFacts;
  verdict: MailboxVerdict;
  findings: Finding[];
  /** The HubSpot user the inbox belongs to, by the mailbox's user id, else by email. */
  owner?: CrmUser;
  portal?: Pick<HubSpotPortal, 'portalId' | 'uiDomain'>;
}

/** Stores whose changes can change a detail view. */
export const DETAIL_STORES: StoreName[] = ['mailboxes', 'observations', 'channelAccounts', 'grants', 'findings', 'crmUsers', 'meta'];

export function ownerOf(mailbox: Pick<Mailbox, 'address' | 'userId'> | undefined, address: string, users: readonly CrmUser[]): CrmUser | undefined {
  const byId = mailbox?.userId ? users.find((user) => user.id === mailbox.userId) : undefined;
  return byId ?? users.find((user) => normalizeAddress(user.email) === address);
}

export function displayNameOf(user: CrmUser): string {
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return name || user.email;
}

/**
 * Reads the detail of one address from the extension's IndexedDB (no worker wake-up): one read
 * transaction of key and index lookups for that address only (its facts, findings, the owner by
 * the mailbox's user id or by email, the portal), so its cost does not grow with the cache. Reading
 * every CRM user to find the owner made the popup's first status wait on 10,000 records.
 */
export async function loadMailboxDetail(address: string): Promise<MailboxDetail> {
  const key = normalizeAddress(address);
  const db = await openStore();
  const tx = db.transaction([...FACT_STORES, 'findings', 'crmUsers', 'meta'], 'readonly');
  const users = tx.objectStore('crmUsers');
  const factsRead = readMailboxFactsIn(tx, key);
  const [facts, findings, byId, byEmail, portal] = await Promise.all([
    factsRead,
    tx.objectStore('findings').index('subject').getAll(key),
    // Issued from the mailbox's result, while the transaction is still active.
    factsRead.then(({ mailbox }) => (mailbox?.userId ? users.get(mailbox.userId) : undefined)),
    // Stored emails are normalized (lib/sync), so the index finds what ownerOf's scan found.
    users.index('email').get(key),
    tx.objectStore('meta').get('hubspotPortal') as Promise<MetaMap['hubspotPortal'] | undefined>,
  ]);
  await tx.done;
  return {
    address: key,
    facts,
    verdict: verdictOf(facts),
    findings,
    owner: byId ?? byEmail,
    portal: portal ? { portalId: portal.portalId, uiDomain: portal.uiDomain } : undefined,
  };
}
