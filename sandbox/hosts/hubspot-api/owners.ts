import type { ScenarioUser } from '../../core/scenario';
import type { World } from '../../core/world';
import type { ApiCall } from './api-call';
import { numericUserId, ownerIdOf, statusOf, teamsOf } from './derive';
import { jsonResponse, notFound } from './errors';
import { paginate } from './paging';
import { timestamps } from './timeline';

/**
 * CRM Owners v3 (hubspot.md §2). Every scenario user has one PERSON owner. Active users' owners
 * are live; deactivated and removed users' owners are archived: `archived: true`, no `userId`
 * ("the ID of the active HubSpot user"), `userIdIncludingInactive` kept, names cleared
 * ("HubSpot clears names on deactivate", probo#1594) and no teams.
 */

/** §2: default 100, maximum not stated (Workato's connector uses 500); larger limits are clamped. */
const OWNER_PAGE = { defaultLimit: 100, maxLimit: 500 };

export const isArchivedOwner = (user: ScenarioUser): boolean => statusOf(user) !== 'active';

function ownerFields(world: World, user: ScenarioUser): Record<string, unknown> {
  const archived = isArchivedOwner(user);
  const teams = archived
    ? []
    : teamsOf(world.scenario)
        .filter((team) => team.userIds.includes(user.id) || team.secondaryUserIds.includes(user.id))
        .map((team) => ({ ...team, primary: team.id === user.primaryTeamId }));
  return {
    email: user.email,
    firstName: archived ? '' : (user.firstName ?? ''),
    lastName: archived ? '' : (user.lastName ?? ''),
    archived,
    teams,
  };
}

/** createdAt/updatedAt of a user's owner; updatedAt moves when the owner's visible fields change. */
export function ownerTimestamps(world: World, user: ScenarioUser, createdAt?: string): { createdAt: string; updatedAt: string } {
  return timestamps(world, `owner:${ownerIdOf(user)}`, ownerFields(world, user), createdAt);
}

export function toPublicOwner(world: World, user: ScenarioUser): Record<string, unknown> {
  const fields = ownerFields(world, user);
  const userId = numericUserId(user);
  return {
    id: ownerIdOf(user),
    type: 'PERSON',
    ...fields,
    ...(userId !== undefined && !fields.archived && { userId }),
    ...(userId !== undefined && { userIdIncludingInactive: userId }),
    ...ownerTimestamps(world, user),
  };
}

export function listOwners(call: ApiCall): Response {
  const wantArchived = call.params.archived === true;
  const email = typeof call.params.email === 'string' ? call.params.email.toLowerCase() : undefined;
  const users = call.world.scenario.users.filter(
    (user) => isArchivedOwner(user) === wantArchived && (email === undefined || user.email.toLowerCase() === email),
  );
  const owners = users.map((user) => toPublicOwner(call.world, user));
  const page = paginate(owners, (owner) => String(owner.id), call.params, OWNER_PAGE, call.url);
  return page instanceof Response ? page : jsonResponse(200, page);
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
