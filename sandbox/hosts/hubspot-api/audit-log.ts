import type { World } from '../../core/world';
import type { ApiCall } from './api-call';
import { ACTIVITY_PAGE } from './page-limits';
import { paginate } from './paging';
import { jsonResponse } from './errors';

/**
 * Account activity: who changed which user (hubspot.md §10). Every user change — through this
 * API (create, update, remove) or on HubSpot's pages (deactivate, reactivate, remove, make Super
 * Admin) — lands in two logs kept in world scratch, so `PUT /state` resets them:
 * - the audit log (`/account-info/v3/activity/audit-logs`): category, subCategory and action are
 *   open strings in the spec; we write `USER_MANAGEMENT` / `USER` / the change's name;
 * - the security activity (`/account-info/v3/activity/security`), whose `type` enum the spec does
 *   name: `ADD_USER`, `DEACTIVATE_USER`, `REACTIVATE_USER`, `REMOVE_USER`, `ADD_ADMIN_USER`.
 * The scenario itself keeps no history: events seeded before the sandbox started are not invented.
 */
export type UserChange = 'CREATE' | 'UPDATE' | 'DELETE' | 'DEACTIVATE' | 'REACTIVATE' | 'MAKE_SUPER_ADMIN';

export interface AuditEvent {
  id: string;
  occurredAt: string;
  category: string;
  subCategory: string;
  action: UserChange;
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

const numeric = (id: string): number => (/^\d+$/.test(id) ? Number(id) : 0);

/** Records one change of `targetUserId` made by the user `actorId` (a token's user or the page's signed-in user). */
export function recordUserChange(world: World, actorId: string | undefined, action: UserChange, targetUserId: string): void {
  const at = world.now().toISOString();
  const actor = actorId === undefined ? undefined : world.scenario.users.find((user) => user.id === actorId);
  const audit = world.scratch(AUDIT, () => [] as AuditEvent[]);
  audit.push({
    id: String(audit.length + 1),
    occurredAt: at,
    category: 'USER_MANAGEMENT',
    subCategory: 'USER',
    action,
    targetObjectId: targetUserId,
    actingUser: { userId: numeric(actorId ?? '0'), ...(actor && { userEmail: actor.email }) },
  });
  const type = SECURITY_TYPE[action];
  if (!type) return;
  const security = world.scratch(SECURITY, () => [] as SecurityEvent[]);
  security.push({
    id: String(security.length + 1),
    createdAt: at,
    type,
    userId: numeric(actorId ?? '0'),
    ...(actor && { actingUser: actor.email }),
    objectId: targetUserId,
  });
}

/** A write through this API: the token's user acts. */
export function recordUserAudit(call: ApiCall, action: UserChange, targetUserId: string): void {
  recordUserChange(call.world, call.token?.userId, action, targetUserId);
}

export function securityEventsOf(world: World): SecurityEvent[] {
  return world.scratch(SECURITY, () => [] as SecurityEvent[]);
}

function eventsOf(world: World): AuditEvent[] {
  return world.scratch(AUDIT, () => [] as AuditEvent[]);
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
