import type { HubSpotActivity } from '../../core/scenario';
import type { World } from '../../core/world';
import type { ApiCall } from './api-call';
import { paginate } from './paging';
import { jsonResponse } from './errors';

/**
 * Account activity (`/account-info/v3/activity/audit-logs`, hubspot.md §10): the scenario's
 * `hubspotActivity` audit entries (ids 1…n in scenario order), then the user-management writes made
 * through this API (create, update, remove), newest last. Page actions are not recorded: a
 * scenario that wants a deactivation in the log says so in `hubspotActivity`.
 */
export interface AuditEvent {
  id: string;
  occurredAt: string;
  category: string;
  subCategory: string;
  action: string;
  targetObjectId: string;
  actingUser: { userId: number; userEmail?: string };
}

const AUDIT = 'hubspot-api:audit';

const numericId = (id: string | undefined): number => (id !== undefined && /^\d+$/.test(id) ? Number(id) : 0);

function actingUser(world: World, userId: string | undefined): AuditEvent['actingUser'] {
  const actor = world.scenario.users.find((user) => user.id === userId);
  return { userId: numericId(userId), ...(actor && { userEmail: actor.email }) };
}

export function recordUserAudit(call: ApiCall, action: 'CREATE' | 'UPDATE' | 'DELETE', targetUserId: string): void {
  const events = call.world.scratch(AUDIT, () => [] as Omit<AuditEvent, 'id'>[]);
  events.push({
    occurredAt: call.world.now().toISOString(),
    category: 'USER_MANAGEMENT',
    subCategory: 'USER',
    action,
    targetObjectId: targetUserId,
    actingUser: actingUser(call.world, call.token?.userId ?? '0'),
  });
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
  const seeded = (world.scenario.hubspotActivity ?? []).filter((entry) => entry.kind === 'audit').map((entry, i) => fromScenario(world, entry, i + 1));
  const written = world.scratch(AUDIT, () => [] as Omit<AuditEvent, 'id'>[]).map((event, i) => ({ ...event, id: String(seeded.length + i + 1) }));
  return [...seeded, ...written];
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
