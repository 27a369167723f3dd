import type { HubSpotActivity } from '../../core/scenario';
import type { World } from '../../core/world';
import type { ApiCall } from './api-call';
import { ACTIVITY_PAGE } from './page-limits';
import { paginate } from './paging';
import { jsonResponse } from './errors';

/**
 * Account activity about users (hubspot.md §10), kept as two logs:
 * - the audit log (`/account-info/v3/activity/audit-logs`): the scenario's `hubspotActivity` audit
 *   entries (ids 1…n in scenario order), then every user change made here, newest last.
 *   category, subCategory and action are open strings in the spec; we write `USER_MANAGEMENT` /
 *   `USER` / the change's name;
 * - the security activity (`/account-info/v3/activity/security`, served by account-activity.ts):
 *   the scenario's `hubspotActivity` security entries, then the critical changes made here, with
 *   the spec's `type` enum: `ADD_USER`, `DEACTIVATE_USER`, `REACTIVATE_USER`, `REMOVE_USER`, `ADD_ADMIN_USER`.
 * A change made here is a write through this API (create, update, remove: the token's user acts) or
 * an action on HubSpot's Users & Teams pages (deactivate, reactivate, remove, make Super Admin: the
 * page's signed-in user acts). Both logs live in world scratch, so `PUT /state` resets them.
 * `userId` of a security entry is the user who acted, `objectId` the user acted on, `actingUser`
 * the actor's email — our reading of HubSpot's HydratedCriticalAction [inferred].
 */
export type UserChange = 'CREATE' | 'UPDATE' | 'DELETE' | 'DEACTIVATE' | 'REACTIVATE' | 'MAKE_SUPER_ADMIN';

export interface AuditEvent {
  id: string;
  occurredAt: string;
  category: string;
  subCategory: string;
  action: string;
  targetObjectId: string;
  actingUser: { userId: number; userEmail?: string };
}

export interface SecurityEvent {
  id: string;
  createdAt: string;
  type: string;
  userId: number;
  actingUser?: string;
  objectId: string;
}

const AUDIT = 'hubspot-api:audit';
const SECURITY = 'hubspot-api:security';

/** The security activity type of each change; an update of names or teams is not a critical action. */
const SECURITY_TYPE: Partial<Record<UserChange, string>> = {
  CREATE: 'ADD_USER',
  DELETE: 'REMOVE_USER',
  DEACTIVATE: 'DEACTIVATE_USER',
  REACTIVATE: 'REACTIVATE_USER',
  MAKE_SUPER_ADMIN: 'ADD_ADMIN_USER',
};

const numericId = (id: string | undefined): number => (id !== undefined && /^\d+$/.test(id) ? Number(id) : 0);
const emailOf = (world: World, userId: string | undefined) => world.scenario.users.find((user) => user.id === userId)?.email;

function actingUser(world: World, userId: string | undefined): AuditEvent['actingUser'] {
  const email = emailOf(world, userId);
  return { userId: numericId(userId), ...(email && { userEmail: email }) };
}

/** Records one change of `targetUserId` made by the user `actorId` (a token's user or the page's signed-in user). */
export function recordUserChange(world: World, actorId: string | undefined, action: UserChange, targetUserId: string): void {
  const at = world.now().toISOString();
  world.scratch(AUDIT, () => [] as Omit<AuditEvent, 'id'>[]).push({
    occurredAt: at,
    category: 'USER_MANAGEMENT',
    subCategory: 'USER',
    action,
    targetObjectId: targetUserId,
    actingUser: actingUser(world, actorId ?? '0'),
  });
  const type = SECURITY_TYPE[action];
  if (!type) return;
  const email = emailOf(world, actorId);
  world.scratch(SECURITY, () => [] as Omit<SecurityEvent, 'id'>[]).push({
    createdAt: at, type, userId: numericId(actorId), ...(email && { actingUser: email }), objectId: targetUserId,
  });
}

/** A write through this API: the token's user acts. */
export function recordUserAudit(call: ApiCall, action: UserChange, targetUserId: string): void {
  recordUserChange(call.world, call.token?.userId, action, targetUserId);
}

const seeded = (world: World, kind: HubSpotActivity['kind']) => (world.scenario.hubspotActivity ?? []).filter((entry) => entry.kind === kind);

/** The security activity: the scenario's entries, then the changes made here; ids 1…n. */
export function securityEventsOf(world: World): SecurityEvent[] {
  const fromScenario = seeded(world, 'security').map((entry): Omit<SecurityEvent, 'id'> => {
    const actor = entry.actorUserId ?? entry.userId;
    const email = emailOf(world, actor);
    return { createdAt: new Date(entry.at).toISOString(), type: entry.type ?? 'DEACTIVATE_USER', userId: numericId(actor), ...(email && { actingUser: email }), objectId: entry.userId };
  });
  const written = world.scratch(SECURITY, () => [] as Omit<SecurityEvent, 'id'>[]);
  return [...fromScenario, ...written].map((event, i) => ({ ...event, id: String(i + 1) }));
}

function fromScenario(world: World, entry: HubSpotActivity, id: number): AuditEvent {
  return {
    id: String(id),
    occurredAt: new Date(entry.at).toISOString(),
    category: entry.category ?? 'USER_MANAGEMENT',
    subCategory: entry.subCategory ?? 'USER',
    action: entry.action ?? 'UPDATE',
    targetObjectId: entry.userId,
    actingUser: actingUser(world, entry.actorUserId),
  };
}

function eventsOf(world: World): AuditEvent[] {
  const fromSeed = seeded(world, 'audit').map((entry, i) => fromScenario(world, entry, i + 1));
  const written = world.scratch(AUDIT, () => [] as Omit<AuditEvent, 'id'>[]).map((event, i) => ({ ...event, id: String(fromSeed.length + i + 1) }));
  return [...fromSeed, ...written];
}

export function listAuditLogs(call: ApiCall): Response {
  const { actingUserId, occurredAfter, occurredBefore, sort } = call.params;
  const actors = Array.isArray(actingUserId) ? (actingUserId as number[]) : [];
  const after = typeof occurredAfter === 'string' ? Date.parse(occurredAfter) : -Infinity;
  const before = typeof occurredBefore === 'string' ? Date.parse(occurredBefore) : Infinity;
  const matching = eventsOf(call.world).filter((event) => {
    const at = Date.parse(event.occurredAt);
    return at > after && at < before && (actors.length === 0 || actors.includes(event.actingUser.userId));
  });
  const page = paginate(matching, (event) => event.id, call.params, ACTIVITY_PAGE, call.url);
  if (page instanceof Response) return page;
  // sort=-occurredAt lists newest first within the page; ids grow with time, so paging stays stable.
  if (Array.isArray(sort) && sort.includes('-occurredAt')) page.results.reverse();
  return jsonResponse(200, page);
}
