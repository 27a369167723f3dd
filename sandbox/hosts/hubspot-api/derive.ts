import type { Scenario, ScenarioUser, UserStatus } from '../../core/scenario';

/**
 * Derivations from the scenario, recomputed on every request: the scenario is shared with the
 * HubSpot pages, which mutate it in place, so nothing here is cached.
 */

export const statusOf = (user: ScenarioUser): UserStatus => user.status ?? 'active';

/** Users the Settings Users API still knows: active and deactivated ones; removed users are gone. */
export const listedUsers = (scenario: Scenario): ScenarioUser[] =>
  scenario.users.filter((user) => statusOf(user) !== 'removed');

const INT32_MAX = 2_147_483_647;

/** The user id as the int32 HubSpot puts in `PublicOwner.userId`, when it is one. */
export function numericUserId(user: ScenarioUser): number | undefined {
  if (!/^\d+$/.test(user.id)) return undefined;
  const value = Number(user.id);
  return value <= INT32_MAX ? value : undefined;
}

const OWNER_ID_BASE = 100_000_000;
const OWNER_ID_SPAN = 1_000_000_000;

/** 32-bit FNV-1a: a stable number for a non-numeric user id. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The CRM owner id of a user: `user.ownerId`, else derived so it is stable across requests and
 * restarts and fits the int32 path parameter: 100000000 + (numeric user id mod 10^9), or
 * 100000000 + (FNV-1a of the id mod 10^9) for non-numeric ids.
 */
export function ownerIdOf(user: ScenarioUser): string {
  if (user.ownerId) return user.ownerId;
  const base = /^\d+$/.test(user.id) ? Number(BigInt(user.id) % BigInt(OWNER_ID_SPAN)) : fnv1a(user.id) % OWNER_ID_SPAN;
  return String(OWNER_ID_BASE + base);
}

/** Settings API `PublicUser` of a scenario user (`sendWelcomeEmail` is only true on the create answer). */
export function toPublicUser(user: ScenarioUser, sendWelcomeEmail = false): Record<string, unknown> {
  const roleIds = user.roleIds ?? [];
  return {
    id: user.id,
    email: user.email,
    ...(user.firstName !== undefined && { firstName: user.firstName }),
    ...(user.lastName !== undefined && { lastName: user.lastName }),
    roleIds,
    ...(roleIds[0] !== undefined && { roleId: roleIds[0] }),
    ...(user.primaryTeamId !== undefined && { primaryTeamId: user.primaryTeamId }),
    secondaryTeamIds: user.secondaryTeamIds ?? [],
    superAdmin: user.superAdmin ?? false,
    ...(user.seatNames !== undefined && { seatNames: user.seatNames }),
    sendWelcomeEmail,
  };
}

export interface DerivedTeam {
  id: string;
  name: string;
  userIds: string[];
  secondaryUserIds: string[];
}

/** Teams with members derived from users' primaryTeamId / secondaryTeamIds (removed users excluded). */
export function teamsOf(scenario: Scenario): DerivedTeam[] {
  const users = listedUsers(scenario);
  return (scenario.teams ?? []).map((team) => ({
    id: team.id,
    name: team.name,
    userIds: users.filter((user) => user.primaryTeamId === team.id).map((user) => user.id),
    secondaryUserIds: users.filter((user) => user.secondaryTeamIds?.includes(team.id)).map((user) => user.id),
  }));
}

/** A user found by id (idProperty USER_ID, the default) or by email (idProperty EMAIL), among listed users. */
export function findListedUser(scenario: Scenario, key: string, idProperty: unknown): ScenarioUser | undefined {
  const byEmail = idProperty === 'EMAIL';
  const wanted = key.toLowerCase();
  return listedUsers(scenario).find((user) => (byEmail ? user.email.toLowerCase() === wanted : user.id === key));
}
