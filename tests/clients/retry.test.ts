import { describe, expect, it } from 'vitest';
import { NotFoundError, RateLimitedError, ServerError, UnauthorizedError } from '../../lib/clients/errors';
import { createHubSpotClient } from '../../lib/clients/hubspot/client';
import { createGraphClient } from '../../lib/clients/microsoft/client';
import { abortableSleep, type Sleep } from '../../lib/clients/retry';
import { collectAll } from '../../lib/clients/paging';
import type { Scenario } from '../../sandbox/core/scenario';
import { demoScenario, harness, seededRandom, statuses } from './harness';
import { graphToken } from './provider-tokens';

/**
 * Retries against the sandbox's scenario faults. Sleeps are recorded and skipped (the sandbox's
 * rate window is not involved here), so the waits the client chose can be asserted exactly.
 */
function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => { waits.push(ms); } };
}

function withFaults(faults: Scenario['faults'], x?: Scenario['x']): Scenario {
  const scenario = demoScenario();
  scenario.faults = faults;
  if (x) scenario.x = x;
  return scenario;
}

const activeUserIds = (scenario: Scenario): string[] =>
  scenario.users.filter((u) => u.status !== 'removed').map((u) => u.id).sort();

describe('retry', () => {
  it('rides out random 5xx (seeded errorRate 0.3) and returns exactly the scenario users', async () => {
    const scenario = withFaults({ errorRate: 0.3 });
    const h = harness(scenario, { random: seededRandom(7) });
    const { sleep, waits } = recordingSleep();
    const client = createHubSpotClient({ getToken: () => 'demo-token-full', fetch: h.fetch, retry: { sleep, maxAttempts: 8, random: seededRandom(1) } });
    const users = await collectAll((after) => client.listUsers({ after, limit: 5 }));
    const failures = statuses(h.sandbox).filter((s) => s >= 500);
    expect(failures.length).toBeGreaterThan(0);
    expect(waits).toHaveLength(failures.length);
    expect(users.map((u) => u.id).sort()).toEqual(activeUserIds(scenario));
  });

  it('backs off exponentially with jitter for failOn 503 ×2, then succeeds', async () => {
    const h = harness(withFaults({ failOn: [{ host: 'api.hubapi.com', path: '/crm/v3/owners', status: 503, times: 2 }] }));
    const { sleep, waits } = recordingSleep();
    const client = createHubSpotClient({ getToken: () => 'demo-token-full', fetch: h.fetch, retry: { sleep, baseDelayMs: 400 } });
    const page = await client.listOwners();
    expect(page.results.length).toBeGreaterThan(0);
    expect(statuses(h.sandbox)).toEqual([503, 503, 200]);
    expect(waits[0]).toBeGreaterThanOrEqual(200);
    expect(waits[0]).toBeLessThanOrEqual(400);
    expect(waits[1]).toBeGreaterThanOrEqual(400);
    expect(waits[1]).toBeLessThanOrEqual(800);
  });

  it("waits out HubSpot's ten-second window on a TEN_SECONDLY_ROLLING 429", async () => {
    const h = harness(withFaults({ failOn: [{ host: 'api.hubapi.com', status: 429, times: 1 }] }));
    const { sleep, waits } = recordingSleep();
    const client = createHubSpotClient({ getToken: () => 'demo-token-full', fetch: h.fetch, retry: { sleep } });
    await client.listRoles();
    expect(statuses(h.sandbox)).toEqual([429, 200]);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(10_000);
    expect(waits[0]).toBeLessThanOrEqual(11_000);
  });

  it("honours Graph's fractional Retry-After", async () => {
    const h = harness(withFaults(undefined, { graphThrottle: { retryAfter: 2.128, times: 2 } }));
    const token = graphToken(h.sandbox.world, 'oliver.bennett@nordlicht-nordic.example');
    const { sleep, waits } = recordingSleep();
    const client = createGraphClient({ getToken: () => token, fetch: h.fetch, retry: { sleep } });
    const grants = await client.listPermissionGrants();
    expect(grants.length).toBeGreaterThan(0);
    expect(statuses(h.sandbox, 'graph.microsoft.com')).toEqual([429, 429, 200]);
    for (const wait of waits) {
      expect(wait).toBeGreaterThanOrEqual(2128);
      expect(wait).toBeLessThanOrEqual(2128 + 213);
    }
  });

  it('never retries 401 or 404', async () => {
    for (const [status, type] of [[401, UnauthorizedError], [404, NotFoundError]] as const) {
      const h = harness(withFaults({ failOn: [{ host: 'api.hubapi.com', status, times: 3 }] }));
      const { sleep, waits } = recordingSleep();
      const client = createHubSpotClient({ getToken: () => 'demo-token-full', fetch: h.fetch, retry: { sleep } });
      await expect(client.listTeams()).rejects.toBeInstanceOf(type);
      expect(statuses(h.sandbox)).toEqual([status]);
      expect(waits).toEqual([]);
    }
  });

  it('gives up after maxAttempts with the last error', async () => {
    const h = harness(withFaults({ failOn: [{ host: 'api.hubapi.com', status: 502, times: 10 }] }));
    const { sleep } = recordingSleep();
    const client = createHubSpotClient({ getToken: () => 'demo-token-full', fetch: h.fetch, retry: { sleep, maxAttempts: 3 } });
    await expect(client.listTeams()).rejects.toBeInstanceOf(ServerError);
    expect(statuses(h.sandbox)).toEqual([502, 502, 502]);
  });

  it('does not retry a DAILY limit', async () => {
    const daily: typeof fetch = async () => Response.json(
      { status: 'error', message: 'You have reached your daily limit.', errorType: 'RATE_LIMIT', policyName: 'DAILY', correlationId: 'c' }, { status: 429 });
    const { sleep, waits } = recordingSleep();
    const client = createHubSpotClient({ getToken: () => 'demo-token-full', fetch: daily, retry: { sleep } });
    const error = await client.listTeams().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).policyName).toBe('DAILY');
    expect(waits).toEqual([]);
  });

  it('an abort during a backoff wait ends the call at once', async () => {
    const h = harness(withFaults({ failOn: [{ host: 'api.hubapi.com', status: 503, times: 5 }] }));
    // The product's own abortable sleep, told apart only by announcing that the wait has begun:
    // the abort then lands in the backoff wait, never in the first request (as a fixed timer could under load).
    let waitBegun!: (ms: number) => void;
    const begun = new Promise<number>((resolve) => { waitBegun = resolve; });
    const sleep: Sleep = (ms, signal) => { waitBegun(ms); return abortableSleep(ms, signal); };
    const client = createHubSpotClient({ getToken: () => 'demo-token-full', fetch: h.fetch, retry: { baseDelayMs: 120_000, maxDelayMs: 120_000, sleep } });
    const controller = new AbortController();
    const call = client.listTeams({ signal: controller.signal });
    const waitMs = await begun;
    expect(waitMs).toBeGreaterThanOrEqual(60_000); // longer than the test's timeout: only the abort can end it in time
    expect(statuses(h.sandbox)).toEqual([503]);
    controller.abort(new Error('stopped by the user'));
    await expect(call).rejects.toThrow('stopped by the user');
    expect(statuses(h.sandbox)).toEqual([503]);
  });
});
