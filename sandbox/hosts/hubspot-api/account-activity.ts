import type { ApiCall } from './api-call';
import { securityEventsOf } from './audit-log';
import { jsonResponse } from './errors';
import { ACTIVITY_PAGE } from './page-limits';
import { paginate } from './paging';

/**
 * Account activity beyond the audit log (hubspot.md §10, scope `account-info.security.read`):
 * - login history (`/activity/login`) from `scenario.loginActivity`, in scenario order, ids 1…n;
 *   `userId` narrows it to one user;
 * - security activity (`/activity/security`), the critical actions audit-log.ts records;
 *   `userId` narrows it to actions by that user, `fromTimestamp`/`toTimestamp` (epoch ms) to a span.
 * Neither documents page sizes: page-limits.ts' ACTIVITY_PAGE, as the audit log.
 */

export function listLoginActivity(call: ApiCall): Response {
  const { scenario } = call.world;
  const wanted = typeof call.params.userId === 'number' ? String(call.params.userId) : undefined;
  const logins = (scenario.loginActivity ?? [])
    .map((login, index) => ({ login, id: String(index + 1) }))
    .filter(({ login }) => wanted === undefined || login.userId === wanted)
    .map(({ login, id }) => {
      const user = scenario.users.find((candidate) => candidate.id === login.userId);
      return {
        id,
        loginAt: login.at,
        loginSucceeded: login.succeeded ?? true,
        ...(/^\d+$/.test(login.userId) && { userId: Number(login.userId) }),
        ...(user && { email: user.email }),
        ...(login.ipAddress && { ipAddress: login.ipAddress }),
        ...(login.countryCode && { countryCode: login.countryCode }),
      };
    });
  const page = paginate(logins, (login) => login.id, call.params, ACTIVITY_PAGE, call.url);
  return page instanceof Response ? page : jsonResponse(200, page);
}

export function listSecurityActivity(call: ApiCall): Response {
  const { userId, fromTimestamp, toTimestamp } = call.params;
  const from = typeof fromTimestamp === 'number' ? fromTimestamp : -Infinity;
  const to = typeof toTimestamp === 'number' ? toTimestamp : Infinity;
  const events = securityEventsOf(call.world).filter((event) => {
    const at = Date.parse(event.createdAt);
    return at >= from && at <= to && (typeof userId !== 'number' || event.userId === userId);
  });
  const page = paginate(events, (event) => event.id, call.params, ACTIVITY_PAGE, call.url);
  return page instanceof Response ? page : jsonResponse(200, page);
}
