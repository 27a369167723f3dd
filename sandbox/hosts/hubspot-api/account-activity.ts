import type { World } from '../../core/world';
import type { ApiCall } from './api-call';
import { securityEventsOf } from './audit-log';
import { jsonResponse } from './errors';
import { ACTIVITY_PAGE } from './page-limits';
import { paginate } from './paging';

/**
 * Logins and security actions (`/account-info/v3/activity/login`, `/activity/security`,
 * hubspot.md §10, scope `account-info.security.read`):
 * - logins from the scenario's `hubspotActivity` login entries, ids 1…n in scenario order;
 * - security actions as audit-log.ts keeps them: the scenario's security entries, then what was
 *   done since (Users & Teams page actions, user writes through this API).
 * `userId` narrows either to one user (a login's user; a security action's actor),
 * `fromTimestamp`/`toTimestamp` (epoch ms) the security actions to a span. Neither documents page
 * sizes: page-limits.ts' ACTIVITY_PAGE, as the audit log.
 */

const emailOf = (world: World, userId: string) => world.scenario.users.find((user) => user.id === userId)?.email;
const numeric = (id: string) => (/^\d+$/.test(id) ? Number(id) : 0);

export function listLogins(call: ApiCall): Response {
  const { userId } = call.params;
  const logins = (call.world.scenario.hubspotActivity ?? [])
    .filter((entry) => entry.kind === 'login')
    .map((entry, i) => {
      const email = emailOf(call.world, entry.userId);
      return {
        id: String(i + 1),
        loginAt: new Date(entry.at).toISOString(),
        userId: numeric(entry.userId),
        ...(email ? { email } : {}),
        loginSucceeded: entry.succeeded ?? true,
        ipAddress: '198.51.100.7',
        countryCode: 'de',
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
      };
    })
    .filter((login) => typeof userId !== 'number' || login.userId === userId);
  const page = paginate(logins, (login) => login.id, call.params, ACTIVITY_PAGE, call.url);
  return page instanceof Response ? page : jsonResponse(200, page);
}

export function listSecurityActions(call: ApiCall): Response {
  const { userId, fromTimestamp, toTimestamp } = call.params;
  const from = typeof fromTimestamp === 'number' ? fromTimestamp : -Infinity;
  const to = typeof toTimestamp === 'number' ? toTimestamp : Infinity;
  const actions = securityEventsOf(call.world)
    .map((event) => ({ ...event, ipAddress: '198.51.100.7', countryCode: 'de' }))
    .filter((action) => {
      const at = Date.parse(action.createdAt);
      return at >= from && at <= to && (typeof userId !== 'number' || action.userId === userId);
    });
  const page = paginate(actions, (action) => action.id, call.params, ACTIVITY_PAGE, call.url);
  return page instanceof Response ? page : jsonResponse(200, page);
}
