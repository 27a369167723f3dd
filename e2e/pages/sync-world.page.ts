import type { Scenario, ScenarioUser } from '../../sandbox/core/scenario';
import { numericUserId, ownerIdOf, statusOf, teamsOf } from '../../sandbox/hosts/hubspot-api/derive';
import type { SyncedRecords } from './sync-store.page';

/**
 * The sandbox's world as the extension's cache should hold it after a full sync, and the cache
 * reduced to the same rows. Each row is one record as a JSON tuple of the fields that matter, so
 * `expect(cacheRows(records)).toEqual(expectedRows(state))` says "exactly these records, each
 * once, no extras" and a failure diff names the record that differs.
 */
export type Rows = Record<keyof SyncedRecords, string[]>;

const lower = (address: string): string => address.trim().toLowerCase();
const sortedRows = (rows: unknown[][]): string[] => rows.map((row) => JSON.stringify(row)).sort();
const sortedIds = (ids: readonly string[] | undefined): string[] => [...(ids ?? [])].sort();

function userRow(user: ScenarioUser): unknown[] {
  const status = statusOf(user);
  // Removed users are gone from the users API: the cache knows them only through their archived
  // owner, so only id, address, status and owner are expected.
  if (status === 'removed') return [user.id, lower(user.email), status, ownerIdOf(user)];
  return [user.id, lower(user.email), status, ownerIdOf(user), sortedIds(user.roleIds), user.primaryTeamId ?? null, user.superAdmin ?? false];
}

export function expectedRows(scenario: Scenario): Rows {
  return {
    crmUsers: sortedRows(scenario.users.map(userRow)),
    owners: sortedRows(
      scenario.users.map((user) => [ownerIdOf(user), lower(user.email), statusOf(user) !== 'active', numericUserId(user) ?? null]),
    ),
    teams: sortedRows(teamsOf(scenario).map((team) => [team.id, team.name, sortedIds(team.userIds), sortedIds(team.secondaryUserIds)])),
    roles: sortedRows((scenario.roles ?? []).map((role) => [role.id, role.name, role.requiresBillingWrite ?? false])),
    inboxes: sortedRows((scenario.inboxes ?? []).map((inbox) => [inbox.id, inbox.name, inbox.archived ?? false])),
    channelAccounts: sortedRows(
      (scenario.teamChannels ?? []).map((channel) => [
        channel.id, channel.inboxId, lower(channel.address), channel.active ?? true, channel.authorized ?? true, channel.archived ?? false,
      ]),
    ),
    mailboxes: [...new Set((scenario.teamChannels ?? []).map((channel) => lower(channel.address)))].sort(),
  };
}

/** The cache as rows. A record the sync marked gone keeps its `goneAt`, so it never equals an expected row. */
export function cacheRows(records: SyncedRecords): Rows {
  const gone = (record: { goneAt?: string }): unknown[] => (record.goneAt ? [`gone ${record.goneAt}`] : []);
  return {
    crmUsers: sortedRows(
      records.crmUsers.map((user) =>
        user.status === 'removed'
          ? [user.id, user.email, user.status, user.ownerId ?? null, ...gone(user)]
          : [user.id, user.email, user.status, user.ownerId ?? null, sortedIds(user.roleIds), user.primaryTeamId ?? null, user.superAdmin, ...gone(user)],
      ),
    ),
    owners: sortedRows(records.owners.map((owner) => [owner.id, owner.email ?? null, owner.archived, owner.userIdIncludingInactive ?? null, ...gone(owner)])),
    teams: sortedRows(records.teams.map((team) => [team.id, team.name, sortedIds(team.userIds), sortedIds(team.secondaryUserIds)])),
    roles: sortedRows(records.roles.map((role) => [role.id, role.name, role.requiresBillingWrite])),
    inboxes: sortedRows(records.inboxes.map((inbox) => [inbox.id, inbox.name, inbox.archived, ...gone(inbox)])),
    channelAccounts: sortedRows(
      records.channelAccounts.map((account) => [
        account.id, account.inboxId, account.address ?? null, account.active, account.authorized, account.archived, ...gone(account),
      ]),
    ),
    mailboxes: records.mailboxes.filter((mailbox) => mailbox.kind === 'team').map((mailbox) => mailbox.address).sort(),
  };
}

/**
 * The base world plus `users` generated HubSpot users (every 25th deactivated, every 40th removed)
 * in 8 more teams and `channels` more team channels (some unauthorized, some archived): enough
 * pages that a sync takes a while and can be interrupted. The base world's people stay, so its
 * tokens and points of contact still refer to existing users.
 */
export function largeWorld(base: Scenario, users: number, channels: number): Scenario {
  const world = structuredClone(base);
  const teams = Array.from({ length: 8 }, (_, index) => ({ id: String(7_100 + index), name: `Team ${index + 1}` }));
  const roleIds = (world.roles ?? []).map((role) => role.id);
  const generated = Array.from({ length: users }, (_, index): ScenarioUser => ({
    id: String(70_000_000 + index),
    email: `Person.${index}@nordlicht.example`,
    firstName: 'Person',
    lastName: `No ${index}`,
    primaryTeamId: teams[index % teams.length]?.id,
    ...(index % 3 === 0 ? { secondaryTeamIds: [teams[(index + 1) % teams.length]?.id ?? '7100'] } : {}),
    ...(roleIds.length > 0 ? { roleIds: [roleIds[index % roleIds.length] ?? ''] } : {}),
    ...(index % 40 === 39 ? { status: 'removed' as const } : index % 25 === 24 ? { status: 'deactivated' as const } : {}),
  }));
  const inbox = world.inboxes?.[0]?.id ?? '147001';
  const channelsAdded = Array.from({ length: channels }, (_, index) => ({
    id: String(910_000 + index),
    inboxId: inbox,
    address: `team${index}@nordlicht.example`,
    provider: 'google' as const,
    ...(index % 7 === 3 ? { authorized: false } : {}),
    ...(index % 11 === 5 ? { archived: true, active: false } : {}),
  }));
  return {
    ...world,
    teams: [...(world.teams ?? []), ...teams],
    users: [...world.users, ...generated],
    teamChannels: [...(world.teamChannels ?? []), ...channelsAdded],
  };
}
