import { describe, expect, it } from 'vitest';
import { MalformedResponseError } from '../../lib/clients/errors';
import { createHubSpotClient } from '../../lib/clients/hubspot/client';
import { createGraphClient } from '../../lib/clients/microsoft/client';
import { collectAll, pages } from '../../lib/clients/paging';
import { demoScenario, fixtureScenario, harness } from './harness';
import { graphToken } from './provider-tokens';

describe('cursor paging', () => {
  for (const [name, scenario, token] of [['demo', demoScenario(), 'demo-token-full'], ['fixture', fixtureScenario(), 'tok-full']] as const) {
    it(`walks every ${name} user exactly once, in pages of 3`, async () => {
      const h = harness(scenario);
      const client = createHubSpotClient({ getToken: () => token, fetch: h.fetch });
      const seen: string[] = [];
      let pageCount = 0;
      for await (const page of pages((after) => client.listUsers({ after, limit: 3 }))) {
        pageCount++;
        expect(page.results.length).toBeLessThanOrEqual(3);
        seen.push(...page.results.map((u) => u.id));
      }
      const expected = scenario.users.filter((u) => u.status !== 'removed').map((u) => u.id);
      expect(seen.sort()).toEqual([...expected].sort());
      expect(new Set(seen).size).toBe(seen.length);
      expect(pageCount).toBe(Math.ceil(expected.length / 3));
    });
  }

  it('resumes from a saved cursor without repeating a user', async () => {
    const scenario = demoScenario();
    const h = harness(scenario);
    const client = createHubSpotClient({ getToken: () => 'demo-token-full', fetch: h.fetch });
    const walk = pages((after) => client.listUsers({ after, limit: 4 }));
    const first = (await walk.next()).value;
    const second = (await walk.next()).value;
    await walk.return(undefined); // the worker is killed here; it had saved second.nextAfter
    const rest: string[] = [];
    for await (const page of pages((after) => client.listUsers({ after, limit: 4 }), second?.nextAfter)) rest.push(...page.results.map((u) => u.id));
    const all = [...(first?.results ?? []), ...(second?.results ?? [])].map((u) => u.id).concat(rest);
    expect(all.sort()).toEqual(scenario.users.filter((u) => u.status !== 'removed').map((u) => u.id).sort());
  });

  it('stops on a cursor that repeats instead of looping forever', async () => {
    let calls = 0;
    const stuck = async () => { calls++; return { results: [calls], nextAfter: 'same' }; };
    await expect(collectAll(stuck)).rejects.toBeInstanceOf(MalformedResponseError);
    expect(calls).toBe(2);
  });
});

describe('Graph @odata.nextLink', () => {
  /** The sandbox answers in one page; this wrapper splits its list into pages of 2 with nextLinks. */
  function paginating(inner: typeof fetch, linkOrigin = 'https://graph.microsoft.com'): typeof fetch {
    return async (input, init) => {
      const url = new URL(new Request(input, init).url);
      const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
      url.searchParams.delete('$skiptoken');
      const response = await inner(url.toString(), init);
      const body = await response.json() as { value?: unknown[] };
      if (!Array.isArray(body.value)) return Response.json(body, { status: response.status });
      const next = skip + 2 < body.value.length ? new URL(url) : undefined;
      next?.searchParams.set('$skiptoken', String(skip + 2));
      const link = next ? `${linkOrigin}${next.pathname}${next.search}` : undefined;
      return Response.json({ value: body.value.slice(skip, skip + 2), ...(link ? { '@odata.nextLink': link } : {}) });
    };
  }

  it('follows nextLink to the end', async () => {
    const h = harness(demoScenario());
    const token = graphToken(h.sandbox.world, 'oliver.bennett@nordlicht-nordic.example');
    const paged = createGraphClient({ getToken: () => token, fetch: paginating(h.fetch) });
    const whole = createGraphClient({ getToken: () => token, fetch: h.fetch });
    const grants = await paged.listPermissionGrants();
    expect(grants.length).toBeGreaterThan(2);
    expect(grants.map((g) => g.id)).toEqual((await whole.listPermissionGrants()).map((g) => g.id));
  });

  it('refuses a nextLink to another origin (it would receive the token)', async () => {
    const h = harness(demoScenario());
    const token = graphToken(h.sandbox.world, 'oliver.bennett@nordlicht-nordic.example');
    const client = createGraphClient({ getToken: () => token, fetch: paginating(h.fetch, 'https://evil.example') });
    await expect(client.listPermissionGrants()).rejects.toThrow(/another origin/);
    expect(h.exchanges).toHaveLength(1);
  });
});
