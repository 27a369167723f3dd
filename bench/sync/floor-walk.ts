import type { WebWorker } from 'puppeteer';
import type { Scenario } from '../../sandbox/core/scenario';
import { ACTIVITY_PAGE, CONVERSATIONS_PAGE, OWNER_PAGE, USER_PAGE } from '../../sandbox/hosts/hubspot-api/page-limits';

/** One list as the bare loop asks for it: a path, fixed query parameters and the page size. */
export interface FloorList {
  path: string;
  query: Record<string, string>;
  limit?: number;
}

/** The lists of a full HubSpot pass, in the pass's order (owners before users, account activity last), at the page maxima. */
export function floorLists(): FloorList[] {
  const conversations = '/conversations/v3/conversations';
  const activity = '/account-info/v3/activity';
  return [
    { path: '/settings/v3/users/roles', query: {} },
    { path: '/settings/v3/users/teams', query: {} },
    { path: '/crm/v3/owners/', query: { archived: 'false' }, limit: OWNER_PAGE.maxLimit },
    { path: '/crm/v3/owners/', query: { archived: 'true' }, limit: OWNER_PAGE.maxLimit },
    { path: '/settings/v3/users/', query: {}, limit: USER_PAGE.maxLimit },
    { path: `${conversations}/inboxes`, query: { archived: 'false' }, limit: CONVERSATIONS_PAGE.maxLimit },
    { path: `${conversations}/inboxes`, query: { archived: 'true' }, limit: CONVERSATIONS_PAGE.maxLimit },
    { path: `${conversations}/channel-accounts`, query: { archived: 'false' }, limit: CONVERSATIONS_PAGE.maxLimit },
    { path: `${conversations}/channel-accounts`, query: { archived: 'true' }, limit: CONVERSATIONS_PAGE.maxLimit },
    // The pass's history job reads HubSpot's account activity too (lib/sync/jobs/hubspot-activity.ts).
    { path: `${activity}/audit-logs`, query: {}, limit: ACTIVITY_PAGE.maxLimit },
    { path: `${activity}/login`, query: {}, limit: ACTIVITY_PAGE.maxLimit },
    { path: `${activity}/security`, query: {}, limit: ACTIVITY_PAGE.maxLimit },
  ];
}

export interface FloorWalk {
  ms: number;
  requests: number;
  items: number;
}

/**
 * The floor of a full HubSpot pass in this browser: from inside the extension's own service
 * worker (its host permissions, its network stack, its clock), the same lists at the same page
 * sizes walked by a bare loop — fetch, parse the JSON, follow `paging.next.after` — with nothing
 * stored, validated or retried. It paces itself to the rate limit as a perfect client would
 * (never more than `perWindow` requests in any 10 s), so a world that needs more requests than one
 * window allows also waits here. Cursor paging is serial, and the pass must walk owners before
 * users, so the loop is serial too.
 */
export async function walkListsBare(worker: WebWorker, scenario: Scenario, token: string, perWindow: number): Promise<FloorWalk> {
  if (!scenario.tokens?.hubspot?.some((candidate) => candidate.token === token)) throw new Error(`the world has no token ${token}`);
  return worker.evaluate(
    async (lists: FloorList[], bearer: string, max: number) => {
      const windowMs = 10_000;
      const sent: number[] = [];
      let requests = 0;
      let items = 0;
      const started = performance.now();
      for (const list of lists) {
        let after: string | undefined;
        do {
          const url = new URL(`https://api.hubapi.com${list.path}`);
          for (const [name, value] of Object.entries(list.query)) url.searchParams.set(name, value);
          if (list.limit !== undefined) url.searchParams.set('limit', String(list.limit));
          if (after) url.searchParams.set('after', after);
          const oldest = sent.length >= max ? (sent[sent.length - max] ?? 0) : undefined;
          if (oldest !== undefined) {
            const wait = oldest + windowMs - performance.now();
            if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          }
          sent.push(performance.now());
          const response = await fetch(url, { headers: { authorization: `Bearer ${bearer}` } });
          requests += 1;
          if (!response.ok) throw new Error(`floor walk: ${url.pathname} answered ${response.status}`);
          const body = (await response.json()) as { results: unknown[]; paging?: { next?: { after?: string } } };
          items += body.results.length;
          after = body.paging?.next?.after;
        } while (after);
      }
      return { ms: performance.now() - started, requests, items };
    },
    floorLists(),
    token,
    perWindow,
  );
}
