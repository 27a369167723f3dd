/**
 * Reading the partner facts out of the store: the connected portal (meta `hubspotPortal`), the
 * observations of its partner settings and the HubSpot users, in one read transaction. Any
 * extension page may call it (the store is the extension's); the background's diagnose snapshot
 * assembles the same facts from its own read (lib/diagnose/snapshot.ts).
 */
import type { HubSpotPortal } from '../auth/hubspot-portal';
import type { StoreAccess } from '../store/access';
import { openStore } from '../store/open';
import { uiHostOf } from '../plans/deep-links';
import { currentDomain, partnerSubject, type CurrentDomain, type PartnerFacts, type PartnerPortal } from './facts';

/** The stores read-facts reads: a page re-reads on their change events. */
export const PARTNER_STORES = ['observations', 'crmUsers', 'meta'] as const;

export function partnerPortalOf(meta: HubSpotPortal | undefined): PartnerPortal | undefined {
  if (!meta) return undefined;
  return { id: meta.portalId, uiHost: uiHostOf(meta.uiDomain), ...(meta.user ? { tokenUser: meta.user } : {}) };
}

export async function readPartnerFacts(access?: Pick<StoreAccess, 'db'>): Promise<PartnerFacts> {
  const db = access ? await access.db() : await openStore();
  const tx = db.transaction([...PARTNER_STORES], 'readonly');
  const meta = (await tx.objectStore('meta').get('hubspotPortal')) as HubSpotPortal | undefined;
  const portal = partnerPortalOf(meta);
  const [observations, users] = await Promise.all([
    portal ? tx.objectStore('observations').index('address').getAll(partnerSubject(portal.id)) : Promise.resolve([]),
    tx.objectStore('crmUsers').getAll(),
  ]);
  await tx.done;
  return { portal, observations, users };
}

/**
 * The connected portal's partner employee domain as last seen on its Automation page, with the
 * portal: `{portalId, current}`; undefined while HubSpot is not connected. For the People page's
 * import preview, with lib/partner/domains.ts `isOnPartnerDomain(address, domain)`.
 */
export async function readPartnerEmployeeDomain(access?: Pick<StoreAccess, 'db'>): Promise<{ portalId: number; current: CurrentDomain } | undefined> {
  const facts = await readPartnerFacts(access);
  return facts.portal ? { portalId: facts.portal.id, current: currentDomain(facts) } : undefined;
}
