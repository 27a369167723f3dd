import type { World } from '../../core/world';
import type { ApiCall } from './api-call';
import { paginate } from './paging';
import { jsonResponse } from './errors';

/**
 * Account activity (`/account-info/v3/activity/audit-logs`): the user-management writes made
 * through this API (create, update, remove), newest last. Page actions are not recorded here:
 * the scenario keeps no history, and inventing one would be a guess.
 */
export interface AuditEvent {
  id: string;
  occurredAt: string;
  category: string;
  subCategory: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  targetObjectId: string;
  actingUser: { userId: number; userEmail?: string };
}

const AUDIT = 'hubspot-api:audit';

export function recordUserAudit(call: ApiCall, action: AuditEvent['action'], targetUserId: string): void {
  const events = call.world.scratch(AUDIT, () => [] as AuditEvent[]);
  const actorId = call.token?.userId ?? '0';
  const actor = call.world.scenario.users.find((user) => user.id === actorId);
  events.push({
    id: String(events.length + 1),
    occurredAt: call.world.now().toISOString(),
    category: 'USER_MANAGEMENT',
    subCategory: 'USER',
    action,
    targetObjectId: targetUserId,
    actingUser: { userId: /^\d+$/.test(actorId) ? Number(actorId) : 0, ...(actor && { userEmail: actor.email }) },
  });
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
  const page = paginate(matching, (event) => event.id, call.params, { defaultLimit: 100, maxLimit: 100 }, call.url);
  if (page instanceof Response) return page;
  // sort=-occurredAt lists newest first within the page; ids grow with time, so paging stays stable.
  if (Array.isArray(sort) && sort.includes('-occurredAt')) page.results.reverse();
  return jsonResponse(200, page);
}
