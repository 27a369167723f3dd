/**
 * What a plan's admin API listing proved about HubSpot's grant, written to the `grants` store the
 * way a sync writes it (source `admin-api`, the listing's endpoint and time), so the status rule
 * (lib/status) sees a revoke the plan verified without waiting for the next sync. Only listings
 * write here: a page observation is already stored by the observation handler, and the user's
 * confirmation is not evidence about the provider, so it writes nothing.
 */
import { grantKey, normalizeAddress, type GrantState, type ProviderGrant } from '../model';
import type { StoreAccess } from '../store/access';
import type { VerifyResult } from './types';

/** The sync's app name for HubSpot's grant record (lib/sync/jobs: one record per app and address). */
const HUBSPOT_APP = 'HubSpot';

/**
 * Updates every stored grant of the listing's provider for the address (or creates HubSpot's) to
 * what the listing showed at `at`. A result without a listing, or one that could not tell, writes nothing.
 */
export async function recordListedGrant(access: StoreAccess, address: string, result: VerifyResult, at: string): Promise<void> {
  const { listing } = result;
  if (!listing || result.state === 'unknown') return;
  const state: GrantState = result.state === 'gone' ? 'absent' : 'present';
  const key = normalizeAddress(address);
  const evidence = { source: 'admin-api' as const, at, where: listing.where };
  await access.write(['grants'], async (tx) => {
    const store = tx.objectStore('grants');
    const stored = (await store.index('address').getAll(key)).filter((grant) => grant.provider === listing.provider);
    const fresh: ProviderGrant = { key: grantKey(listing.provider, key, HUBSPOT_APP), address: key, provider: listing.provider, state, app: HUBSPOT_APP, scopes: [], evidence };
    const records = stored.length ? stored.map((grant) => ({ ...grant, state, evidence })) : [fresh];
    for (const record of records) await store.put(record);
  });
}
