import type { ScenarioUser } from '../../core/scenario';
import type { World } from '../../core/world';
import type { ApiCall } from './api-call';
import { numericUserId, ownerIdOf, statusOf, teamsOf, type DerivedTeam } from './derive';
import { jsonResponse, notFound } from './errors';
import { OWNER_PAGE } from './page-limits';
import { paginate } from './paging';
import { timestamps } from './timeline';

/**
 * CRM Owners v3 (hubspot.md §2). Every scenario user has one PERSON owner. Active users' owners
 * are live; deactivated and removed users' owners are archived: `archived: true`, no `userId`
 * ("the ID of the active HubSpot user"), `userIdIncludingInactive` kept, names cleared
 * ("HubSpot clears names on deactivate", probo#1594) and no teams.
 */

export const isArchivedOwner = (user: ScenarioUser): boolean => statusOf(user) !== 'active';

/** The teams each listed user belongs to (primary or secondary), in scenario order; see teamsByUser. */
type TeamsByUser = ReadonlyMap<string, DerivedTeam[]>;

/**
 * Every listed user's teams, derived once per request: looking them up per owner made a page of
 * owners cost users × users × teams (5.8 s for one page at 10,000 users).
 */
function teamsByUser(world: World): TeamsByUser {
  const byUser = new Map<string, DerivedTeam[]>();
  for (const team of teamsOf(world.scenario)) {
    for (const userId of new Set([...team.userIds, ...team.secondaryUserIds])) {
      const teams = byUser.get(userId) ?? [];
      teams.push(team);
      byUser.set(userId, teams);
    }
  }
  return byUser;
}

function ownerFields(user: ScenarioUser, teams: TeamsByUser): Record<string, unknown> {
  const archived = isArchivedOwner(user);
  return {
    email: user.email,
    firstName: archived ? '' : (user.firstName ?? ''),
    lastName: archived ? '' : (user.lastName ?? ''),
    archived,
    teams: archived ? [] : (teams.get(user.id) ?? []).map((team) => ({ ...team, primary: team.id === user.primaryTeamId })),
  };
}

/** createdAt/updatedAt of a user's owner; updatedAt moves when the owner's visible fields change. */
export function ownerTimestamps(
  world: World,
  user: ScenarioUser,
  createdAt?: string,
  teams: TeamsByUser = teamsByUser(world),
): { createdAt: string; updatedAt: string } {
  return timestamps(world, `owner:${ownerIdOf(user)}`, ownerFields(user, teams), createdAt);
}

export function toPublicOwner(world: World, user: ScenarioUser, teams: TeamsByUser = teamsByUser(world)): Record<string, unknown> {
  const fields = ownerFields(user, teams);
  const userId = numericUserId(user);
  return {
    id: ownerIdOf(user),
    type: 'PERSON',
    ...fields,
    ...(userId !== undefined && !fields.archived && { userId }),
    ...(userId !== undefined && { userIdIncludingInactive: userId }),
    ...ownerTimestamps(world, user, undefined, teams),
  };
}

export function listOwners(call: ApiCall): Response {
  const wantArchived = call.params.archived === true;
  const email = typeof call.params.email === 'string' ? call.params.email.toLowerCase() : undefined;
  const users = call.world.scenario.users.filter(
    (user) => isArchivedOwner(user) === wantArchived && (email === undefined || user.email.toLowerCase() === email),
  );
  // Page the users by owner id first and build only the owners of this page (a page of 500 out
  // of 10,000 users used to build all 10,000). Owner ids are what the cursor pages by.
  const page = paginate(users, ownerIdOf, call.params, OWNER_PAGE, call.url);
  if (page instanceof Response) return page;
  const teams = teamsByUser(call.world);
  return jsonResponse(200, { ...page, results: page.results.map((user) => toPublicOwner(call.world, user, teams)) });
}

/** `idProperty=id` (default) looks up the owner id, `userId` the user id; `archived` must match the owner's state. */
export function getOwner(call: ApiCall): Response {
  const key = String(call.params.ownerId);
  const byUserId = call.params.idProperty === 'userId';
  const wantArchived = call.params.archived === true;
  const user = call.world.scenario.users.find(
    (candidate) => (byUserId ? candidate.id === key : ownerIdOf(candidate) === key) && isArchivedOwner(candidate) === wantArchived,
  );
  return user ? jsonResponse(200, toPublicOwner(call.world, user)) : notFound(`No owner found with ${byUserId ? 'userId' : 'id'} ${key}${wantArchived ? ' among archived owners' : ''}`);
}
