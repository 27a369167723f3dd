/** `hubspot:roles` → roles: one unpaged list (hubspot.md §1). */
import type { CrmRole } from '../../model';
import type { HubSpotSyncClient, PublicRole } from '../clients';
import { defineSweep, type SyncJob } from '../job';
import { stampGoneUntyped } from './gone';

export function rolesJob(): SyncJob<HubSpotSyncClient, PublicRole> {
  return {
    name: 'hubspot:roles',
    provider: 'hubspot',
    resource: 'roles',
    stores: ['roles'],
    fetchPage: async (client) => ({ results: await client.listRoles() }),
    toRecords: (results, { syncedAt }) => ({
      roles: results.map((role): CrmRole => ({
        id: role.id,
        name: role.name,
        requiresBillingWrite: role.requiresBillingWrite,
        syncedAt,
      })),
    }),
    sweeps: [defineSweep({ store: 'roles', seenAt: (role) => role.syncedAt, markGone: stampGoneUntyped })],
  };
}
