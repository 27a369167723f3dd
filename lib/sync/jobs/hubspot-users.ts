/**
 * `hubspot:users` → crmUsers. The users API has no active flag and lists active and deactivated
 * users alike; removed users are gone from it (hubspot.md §1). So the status comes from the owners
 * synced just before: a user whose owner is archived is 'deactivated'; an archived owner whose user
 * the API no longer lists is a 'removed' user (created at the end of the pass); a user seen before
 * and now in neither list is stamped gone and 'removed'.
 */
import type { CrmOwner, CrmUser } from '../../model';
import { normalizeAddress } from '../../model';
import type { HubSpotSyncClient, PublicUser } from '../clients';
import { defineSweep, type JobTransaction, type SyncJob } from '../job';
import { HUBSPOT_PAGE_MAX } from '../../clients/hubspot/page-limits';
import type { JobOptions } from './options';

/** Owners by the HubSpot user id they belong to (archived owners keep only userIdIncludingInactive). */
export interface OwnerIndex {
  live: Map<string, CrmOwner>;
  archived: Map<string, CrmOwner>;
}

export function indexOwners(owners: readonly CrmOwner[]): OwnerIndex {
  const index: OwnerIndex = { live: new Map(), archived: new Map() };
  for (const owner of owners) {
    if (owner.goneAt) continue;
    const userId = owner.userId ?? owner.userIdIncludingInactive;
    if (userId === undefined) continue;
    (owner.archived ? index.archived : index.live).set(String(userId), owner);
  }
  return index;
}

export function toCrmUser(user: PublicUser, owners: OwnerIndex, syncedAt: string): CrmUser {
  const live = owners.live.get(user.id);
  const archived = owners.archived.get(user.id);
  const owner = live ?? archived;
  return {
    id: user.id,
    email: normalizeAddress(user.email),
    ...(user.firstName ? { firstName: user.firstName } : {}),
    ...(user.lastName ? { lastName: user.lastName } : {}),
    roleIds: user.roleIds,
    ...(user.primaryTeamId ? { primaryTeamId: user.primaryTeamId } : {}),
    secondaryTeamIds: user.secondaryTeamIds ?? [],
    superAdmin: user.superAdmin,
    ...(user.seatNames?.length ? { seatNames: user.seatNames } : {}),
    // A live owner wins: an archived one alongside it would be a stale record.
    status: !live && archived ? 'deactivated' : 'active',
    ...(owner ? { ownerId: owner.id } : {}),
    syncedAt,
  };
}

/** Archived owners whose user the users API did not list in this pass are removed users. */
async function recordRemovedUsers(tx: JobTransaction, passStartedAt: string, completedAt: string): Promise<void> {
  const owners = indexOwners(await tx.objectStore('owners').getAll());
  const users = tx.objectStore('crmUsers');
  for (const [userId, owner] of owners.archived) {
    const known = await users.get(userId);
    if (known && known.syncedAt >= passStartedAt) continue;
    const { goneAt: _stale, ...rest } = known ?? { roleIds: [], secondaryTeamIds: [], superAdmin: false };
    await users.put({
      ...rest,
      id: userId,
      email: known?.email ?? owner.email ?? '',
      status: 'removed',
      ownerId: owner.id,
      syncedAt: completedAt,
    });
  }
}

export function usersJob(options: JobOptions = {}): SyncJob<HubSpotSyncClient, PublicUser, OwnerIndex> {
  const limit = options.pageSize ?? HUBSPOT_PAGE_MAX.users;
  return {
    name: 'hubspot:users',
    provider: 'hubspot',
    resource: 'users',
    stores: ['crmUsers', 'owners'],
    prepare: async (db) => indexOwners(await db.getAll('owners')),
    fetchPage: (client, after) => client.listUsers({ after, limit }),
    toRecords: (results, { syncedAt, lookup }) => ({ crmUsers: results.map((user) => toCrmUser(user, lookup, syncedAt)) }),
    complete: (tx, { passStartedAt, completedAt }) => recordRemovedUsers(tx, passStartedAt, completedAt),
    sweeps: [
      defineSweep({
        store: 'crmUsers',
        seenAt: (user) => user.syncedAt,
        markGone: (user, goneAt) => (user.goneAt ? undefined : { ...user, status: 'removed', goneAt }),
      }),
    ],
  };
}
