import type { HubSpotActivity } from '../../core/scenario';
import type { World } from '../../core/world';
import type { ApiCall } from './api-call';
import { jsonResponse } from './errors';
import { paginate } from './paging';

/**
 * Logins and security actions (`/account-info/v3/activity/login`, `/activity/security`,
 * hubspot.md §10) from the scenario's `hubspotActivity`. Ids are 1…n in scenario order per kind.
 * Security entries: `userId` is the HubSpot user who acted (the entry's `actorUserId`, else the
 * subject), `objectId` the user acted on, `actingUser` the actor's email — our reading of HubSpot's
 * HydratedCriticalAction, whose fields the spec does not describe [inferred].
 */

const entriesOf = (world: World, kind: HubSpotActivity['kind']) => (world.scenario.hubspotActivity ?? []).filter((entry) => entry.kind === kind);
const emailOf = (world: World, userId: string | undefined) => world.scenario.users.find((user) => user.id === userId)?.email;
const numeric = (id: string) => (/^\d+$/.test(id) ? Number(id) : 0);

export function listLogins(call: ApiCall): Response {
  const { userId } = call.params;
  const logins = entriesOf(call.world, 'login')
    .map((entry, i) => ({
      id: String(i + 1),
      loginAt: new Date(entry.at).toISOString(),
      userId: numeric(entry.userId),
      ...(emailOf(call.world, entry.userId) ? { email: emailOf(call.world, entry.userId) } : {}),
      loginSucceeded: entry.succeeded ?? true,
      ipAddress: '198.51.100.7',
      countryCode: 'de',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
    }))
    .filter((login) => typeof userId !== 'number' || login.userId === userId);
  const page = paginate(logins, (login) => login.id, call.params, { defaultLimit: 100, maxLimit: 100 }, call.url);
  return page instanceof Response ? page : jsonResponse(200, page);
}

export function listSecurityActions(call: ApiCall): Response {
  const { userId, fromTimestamp, toTimestamp } = call.params;
  const from = typeof fromTimestamp === 'number' ? fromTimestamp : -Infinity;
  const to = typeof toTimestamp === 'number' ? toTimestamp : Infinity;
  const actions = entriesOf(call.world, 'security')
    .map((entry, i) => {
      const actor = entry.actorUserId ?? entry.userId;
      return {
        id: String(i + 1),
        createdAt: new Date(entry.at).toISOString(),
        type: entry.type ?? 'DEACTIVATE_USER',
        userId: numeric(actor),
        ...(emailOf(call.world, actor) ? { actingUser: emailOf(call.world, actor) } : {}),
        objectId: entry.userId,
        ipAddress: '198.51.100.7',
        countryCode: 'de',
      };
    })
    .filter((action) => {
      const at = Date.parse(action.createdAt);
      return at >= from && at <= to && (typeof userId !== 'number' || action.userId === userId);
    });
  const page = paginate(actions, (action) => action.id, call.params, { defaultLimit: 100, maxLimit: 100 }, call.url);
  return page instanceof Response ? page : jsonResponse(200, page);
}
