import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHubSpotClient } from '../../lib/clients/hubspot/client';
import { collectAll } from '../../lib/clients/paging';
import { createLimiterRegistry } from '../../lib/clients/rate-limiter';
import type { Scenario } from '../../sandbox/core/scenario';
import { demoScenario, drive, harness, statuses } from './harness';

/**
 * The limiter against the sandbox's rolling window, on fake timers: the sandbox clock and ours
 * are both Date.now, so ten seconds pass in milliseconds and elapsed time can be compared with
 * the least time the limit allows.
 */
const WINDOW_MS = 10_000;

/** Least time for `requests` at `max` per rolling window: every full window after the first costs one interval. */
const leastTimeMs = (requests: number, max: number): number => Math.floor((requests - 1) / max) * WINDOW_MS;

/** A portal with `users` users and `channels` team channels, and a rate limit of `max` / 10 s. */
function bigScenario(users: number, channels: number, max: number): Scenario {
  const scenario = demoScenario();
  scenario.users = Array.from({ length: users }, (_, i) => ({ id: String(60_000_000 + i), email: `user${i}@nordlicht.example`, firstName: `U${i}` }));
  scenario.personalInboxes = [];
  scenario.providerGrants = [];
  scenario.inboxes = [{ id: '147001', name: 'Support', type: 'HELP_DESK' }];
  scenario.teamChannels = Array.from({ length: channels }, (_, i) => ({ id: String(900_000 + i), inboxId: '147001', address: `team${i}@nordlicht.example`, provider: 'google' as const }));
  scenario.signedIn = {};
  scenario.tokens = { hubspot: [{ token: 'bench-token', scopes: ['settings.users.read', 'crm.objects.owners.read', 'conversations.read'] }] };
  scenario.faults = { rateLimitPer10s: max };
  return scenario;
}

beforeEach(() => { vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }); });
afterEach(() => { vi.useRealTimers(); });

const advance = { count: () => vi.getTimerCount(), next: () => vi.advanceTimersToNextTimerAsync() };

describe('rate limiting against the sandbox', () => {
  it('learns a limit of 5 / 10 s from the headers and pages 40 users without a single 429', async () => {
    const scenario = demoScenario();
    scenario.faults = { rateLimitPer10s: 5 };
    const h = harness(scenario);
    const client = createHubSpotClient({ getToken: () => 'demo-token-full', fetch: h.fetch });
    const started = Date.now();
    const users = await drive(collectAll((after) => client.listUsers({ after, limit: 2 })), advance);
    const elapsed = Date.now() - started;
    const requests = statuses(h.sandbox);
    expect(requests.every((s) => s === 200)).toBe(true);
    expect(users.length).toBe(scenario.users.filter((u) => u.status !== 'removed').length);
    expect(elapsed).toBeGreaterThanOrEqual(leastTimeMs(requests.length, 5));
    expect(elapsed).toBeLessThanOrEqual(leastTimeMs(requests.length, 5) * 1.1);
  });

  it('a full sync (users, owners, channel accounts in parallel) runs within 1.10 × the least time, with zero 429s', async () => {
    const max = 10;
    const scenario = bigScenario(1_000, 300, max);
    const h = harness(scenario);
    const client = createHubSpotClient({ getToken: () => 'bench-token', fetch: h.fetch });
    const started = Date.now();
    const [users, owners, accounts] = await drive(Promise.all([
      collectAll((after) => client.listUsers({ after, limit: 100 })),
      collectAll((after) => client.listOwners({ after, limit: 100 })),
      collectAll((after) => client.listChannelAccounts({ after, limit: 100, channelId: ['1002'] })),
    ]), advance);
    const elapsed = Date.now() - started;
    const requests = statuses(h.sandbox);
    expect([users.length, owners.length, accounts.length]).toEqual([1_000, 1_000, 300]);
    expect(requests.filter((s) => s === 429)).toEqual([]);
    expect(requests.length).toBe(10 + 10 + 3);
    expect(elapsed).toBeGreaterThanOrEqual(leastTimeMs(requests.length, max));
    expect(elapsed).toBeLessThanOrEqual(leastTimeMs(requests.length, max) * 1.1);
  });

  it('without the limiter the same stream does hit 429s (the test can fail)', async () => {
    const scenario = bigScenario(200, 0, 5);
    const h = harness(scenario);
    const unlimited = { forToken: async () => ({ run: (send: () => Promise<Response>) => send() }) } as unknown as ReturnType<typeof createLimiterRegistry>;
    const client = createHubSpotClient({ getToken: () => 'bench-token', fetch: h.fetch, limiter: unlimited });
    await drive(collectAll((after) => client.listUsers({ after, limit: 10 })), advance);
    expect(statuses(h.sandbox).filter((s) => s === 429).length).toBeGreaterThan(0);
  });

  it('two clients sharing a registry and a token share one budget', async () => {
    const scenario = bigScenario(100, 0, 4);
    const h = harness(scenario);
    const shared = createLimiterRegistry();
    const a = createHubSpotClient({ getToken: () => 'bench-token', fetch: h.fetch, limiter: shared });
    const b = createHubSpotClient({ getToken: () => 'bench-token', fetch: h.fetch, limiter: shared });
    await drive(Promise.all([
      collectAll((after) => a.listUsers({ after, limit: 10 })),
      collectAll((after) => b.listOwners({ after, limit: 10 })),
    ]), advance);
    expect(statuses(h.sandbox).filter((s) => s === 429)).toEqual([]);
  });
});
