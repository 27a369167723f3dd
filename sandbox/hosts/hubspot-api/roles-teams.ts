import type { ApiCall } from './api-call';
import { teamsOf } from './derive';
import { jsonResponse } from './errors';

/** `GET /settings/v3/users/roles` and `/teams` (hubspot.md §1), both unpaged. */

/** Permission sets ("roles"), unpaged. */
export function listRoles(call: ApiCall): Response {
  const results = (call.world.scenario.roles ?? []).map((role) => ({
    id: role.id,
    name: role.name,
    requiresBillingWrite: role.requiresBillingWrite ?? false,
  }));
  return jsonResponse(200, { results });
}

/** Teams, unpaged, with members derived from the users' team fields. */
export function listTeams(call: ApiCall): Response {
  return jsonResponse(200, { results: teamsOf(call.world.scenario) });
}
