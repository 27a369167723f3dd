import type { ApiCall } from './api-call';
import { jsonResponse } from './errors';
import { CONVERSATIONS_PAGE } from './page-limits';
import { paginate } from './paging';

/**
 * Conversations v3 list answers: `{total, results, paging?}` (hubspot.md §3). `total` counts every
 * match, not just the page. `limit` wins over `defaultPageLength`; page sizes in page-limits.ts.
 */
/**
 * `archived` on Conversations lists and look-ups: the reference gives no semantics, so HubSpot's
 * CRM convention applies (§2): absent/false → only live objects, true → only archived ones.
 */
export const wantsArchived = (call: ApiCall): boolean => call.params.archived === true;

export function listWithTotal<T extends { id: string }>(call: ApiCall, items: T[]): Response {
  const limit = call.params.limit ?? call.params.defaultPageLength;
  const page = paginate(items, (item) => item.id, { limit, after: call.params.after }, CONVERSATIONS_PAGE, call.url);
  return page instanceof Response ? page : jsonResponse(200, { total: items.length, ...page });
}
