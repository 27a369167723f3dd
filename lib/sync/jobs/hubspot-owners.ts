/**
 * `hubspot:owners:active` and `hubspot:owners:archived` → owners. HubSpot lists live and archived
 * owners separately (hubspot.md §2: archived=true lists only archived ones, i.e. deactivated and
 * removed users), so each job judges only its own half when a pass ends: an owner that moved from
 * live to archived is stamped gone by the live job and written fresh by the archived one.
 */
import type { CrmOwner } from '../../model';
import { normalizeAddress } from '../../model';
import type { HubSpotSyncClient, PublicOwner } from '../clients';
import { defineSweep, stampGone, type SyncJob } from '../job';
import { HUBSPOT_PAGE_MAX } from '../../clients/hubspot/page-limits';
import type { JobOptions } from './options';

export function toCrmOwner(owner: PublicOwner, syncedAt: string): CrmOwner {
  return {
    id: owner.id,
    ...(owner.email ? { email: normalizeAddress(owner.email) } : {}),
    ...(owner.firstName ? { firstName: owner.firstName } : {}),
    ...(owner.lastName ? { lastName: owner.lastName } : {}),
    ...(owner.userId !== undefined ? { userId: owner.userId } : {}),
    ...(owner.userIdIncludingInactive !== undefined ? { userIdIncludingInactive: owner.userIdIncludingInactive } : {}),
    archived: owner.archived,
    teams: (owner.teams ?? []).map((team) => ({ id: team.id, name: team.name, primary: team.primary ?? false })),
    syncedAt,
  };
}

function ownersJob(archived: boolean, options: JobOptions): SyncJob<HubSpotSyncClient, PublicOwner> {
  const limit = options.pageSize ?? HUBSPOT_PAGE_MAX.owners;
  return {
    name: archived ? 'hubspot:owners:archived' : 'hubspot:owners:active',
    provider: 'hubspot',
    resource: 'owners',
    stores: ['owners'],
    fetchPage: (client, after) => client.listOwners({ after, limit, archived }),
    toRecords: (results, { syncedAt }) => ({ owners: results.map((owner) => toCrmOwner(owner, syncedAt)) }),
    sweeps: [
      defineSweep({
        store: 'owners',
        isMine: (owner) => owner.archived === archived,
        seenAt: (owner) => owner.syncedAt,
        markGone: stampGone,
      }),
    ],
  };
}

export const activeOwnersJob = (options: JobOptions = {}) => ownersJob(false, options);
export const archivedOwnersJob = (options: JobOptions = {}) => ownersJob(true, options);
