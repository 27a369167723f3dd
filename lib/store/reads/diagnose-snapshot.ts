/**
 * The diagnose rules' snapshot, read beside the store: one read-only transaction over the stores
 * the rules read (lib/diagnose/snapshot.ts `DIAGNOSED_STORES`), handed to the pure `makeSnapshot`.
 */
import type { HubSpotPortal } from '../../auth/hubspot-portal';
import { DIAGNOSED_STORES, makeSnapshot, type DiagnoseSnapshot } from '../../diagnose/snapshot';
import { partnerPortalOf } from '../../partner/read-facts';
import type { StoreAccess } from '../access';

/**
 * One read-only transaction over the diagnosed stores, so no rule sees half a sync page. The
 * connected portal is read in it too, but `meta` is no diagnosed store: the sync writes it all the
 * time, and a portal change clears crmUsers anyway (which the refresher does watch).
 */
export async function readSnapshot(access: Pick<StoreAccess, 'db'>): Promise<DiagnoseSnapshot> {
  const db = await access.db();
  const tx = db.transaction([...DIAGNOSED_STORES, 'meta'], 'readonly');
  const [mailboxes, observations, crmUsers, owners, channelAccounts, grants, portalMeta] = await Promise.all([
    tx.objectStore('mailboxes').getAll(),
    tx.objectStore('observations').getAll(),
    tx.objectStore('crmUsers').getAll(),
    tx.objectStore('owners').getAll(),
    tx.objectStore('channelAccounts').getAll(),
    tx.objectStore('grants').getAll(),
    tx.objectStore('meta').get('hubspotPortal') as Promise<HubSpotPortal | undefined>,
  ]);
  await tx.done;
  return makeSnapshot({ mailboxes, observations, crmUsers, owners, channelAccounts, grants }, partnerPortalOf(portalMeta));
}
