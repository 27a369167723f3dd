import type { CrmUser, Finding, Mailbox } from '../../lib/model';
import { normalizeAddress } from '../../lib/model';
import type { HubSpotPortal } from '../../lib/auth/hubspot-portal';
import { verdictOf, type MailboxFacts, type MailboxVerdict } from '../../lib/status/mailbox-facts';
import { readMailboxFacts } from '../../lib/status/read-facts';
import { repo } from '../../lib/store/repo';
import type { StoreName } from '../../lib/store';

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

/** Reads the detail of one address from the extension's IndexedDB (no worker wake-up). */
export async function loadMailboxDetail(address: string): Promise<MailboxDetail> {
  const key = normalizeAddress(address);
  const [facts, findings, users, portal] = await Promise.all([
    readMailboxFacts(key),
    repo.getAllByIndex('findings', 'subject', key),
    repo.getAll('crmUsers'),
    repo.getMeta('hubspotPortal'),
  ]);
  return {
    address: key,
    facts,
    verdict: verdictOf(facts),
    findings,
    owner: ownerOf(facts.mailbox, key, users),
    portal: portal ? { portalId: portal.portalId, uiDomain: portal.uiDomain } : undefined,
  };
}
