/**
 * What composing a plan needs, read from the store in one read transaction: the mailbox's facts,
 * the admin credentials that govern its domain, and the HubSpot portal (id and UI host).
 */
import type {} from '../auth/hubspot-portal';
import { ADMIN_SECURITY_SCOPE } from '../clients/google/client';
import { normalizeAddress } from '../model';
import type { MailboxFacts } from '../status/mailbox-facts';
import type { StoreAccess } from '../store/access';
import { uiHostOf } from './deep-links';
import type { Capabilities, PortalRef } from './types';

export interface PlanInputs {
  facts: MailboxFacts & { address: string };
  capabilities: Capabilities;
  /** Undefined when neither a HubSpot connection nor an observed page named the portal. */
  portal: PortalRef | undefined;
}

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1);

export async function readPlanInputs(access: StoreAccess, address: string): Promise<PlanInputs> {
  const key = normalizeAddress(address);
  const db = await access.db();
  const tx = db.transaction(['mailboxes', 'observations', 'channelAccounts', 'grants', 'credentials', 'meta'], 'readonly');
  const [mailbox, observations, channelAccounts, grants, credentials, portalMeta] = await Promise.all([
    tx.objectStore('mailboxes').get(key),
    tx.objectStore('observations').index('address').getAll(key),
    tx.objectStore('channelAccounts').index('address').getAll(key),
    tx.objectStore('grants').index('address').getAll(key),
    tx.objectStore('credentials').getAll(),
    tx.objectStore('meta').get('hubspotPortal'),
  ]);
  await tx.done;
  // Prefer an admin of the address's own domain; any admin still serves other domains it lists.
  const byDomain = <T extends { account?: string }>(list: T[]): T | undefined =>
    list.find((c) => c.account && domainOf(normalizeAddress(c.account)) === domainOf(key)) ?? list[0];
  const google = byDomain(credentials.filter((c) => c.provider === 'google' && c.scopes.includes(ADMIN_SECURITY_SCOPE)));
  const microsoft = byDomain(credentials.filter((c) => c.provider === 'microsoft'));
  const hubspotPortal = portalMeta as { portalId: number; uiDomain?: string } | undefined;
  const portalId = hubspotPortal?.portalId ?? mailbox?.portalId;
  return {
    facts: { address: key, mailbox, observations, channelAccounts, grants, ...(portalId === undefined ? {} : { portalId }) },
    capabilities: {
      ...(google?.account ? { googleAdmin: { account: google.account } } : {}),
      ...(microsoft?.account ? { microsoftAdmin: { account: microsoft.account } } : {}),
    },
    portal: portalId === undefined ? undefined : { id: portalId, uiHost: uiHostOf(hubspotPortal?.uiDomain) },
  };
}
