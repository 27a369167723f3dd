import { describe, expect, it } from 'vitest';
import { runSyncPass } from '../../lib/sync/pass';
import type { SyncStatus } from '../../lib/sync/status';
import type { TestBed } from './helpers';
import { demoScenario, testBed } from './helpers';
import type { FetchLike } from './sandbox-hubspot-client';

const isUsersList = (url: string) => new URL(url).pathname === '/settings/v3/users/';

type UsersStage = 'not started' | 'mid-pass' | 'finished';

/**
 * No half-written page, whichever stage the users job stopped in (returned, so a test can assert
 * the stage it claims): mid-pass it holds exactly `done` users in whole pages of 10; not started,
 * none; finished, every user of the world.
 */
async function expectWholePages(bed: TestBed): Promise<UsersStage> {
  const checkpoint = await bed.repo.get('syncState', 'hubspot:users');
  const users = await bed.repo.getAll('crmUsers');
  const stage: UsersStage = checkpoint?.passStartedAt ? 'mid-pass' : checkpoint?.lastCompletedAt ? 'finished' : 'not started';
  const expected = { 'not started': 0, 'mid-pass': checkpoint?.done, finished: bed.sandbox.world.scenario.users.length }[stage];
  expect({ stage, stored: users.length, wholePages: stage === 'finished' || users.length % 10 === 0 }).toEqual({ stage, stored: expected, wholePages: true });
  return stage;
}

async function expectWorldStored(bed: TestBed): Promise<void> {
  const users = await bed.repo.getAll('crmUsers');
  const expected = bed.sandbox.world.scenario.users.map((user) => `${user.id}:${user.status ?? 'active'}`).sort();
  expect(users.map((user) => `${user.id}:${user.status}`).sort()).toEqual(expected);
  expect(await bed.repo.getAll('channelAccounts')).toHaveLength(bed.sandbox.world.scenario.teamChannels?.length ?? -1);
}

/** A seeded PRNG (mulberry32), so the 5xx pattern is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('degraded paths end in a consistent store and a clear status', () => {
  it('429 storm: backs off with retryAt, then finishes from the checkpoint', async () => {
    const bed = testBed(demoScenario((scenario) => (scenario.faults = { rateLimitPer10s: 8 })));
    const first = await runSyncPass(bed.env());
    expect(first.status).toMatchObject({ state: 'backing-off', attempt: 1 });
    expect(Date.parse(first.status?.retryAt ?? '')).toBeGreaterThan(Date.now());
    expect(bed.requests('/').filter((r) => r.status === 429)).toHaveLength(1);
    // Eight requests fit the window: the 429 comes while the users job is mid-pass, so the whole-pages check bites.
    expect(await expectWholePages(bed)).toBe('mid-pass');

    // The ten-second window passes (the sandbox keeps it in world scratch).
    const storedBefore = bed.sandbox.world.requests.filter((r) => r.status === 200).map((r) => `${r.path}?${r.query}`);
    const firstRunRequests = bed.sandbox.world.requests.length;
    bed.sandbox.world.runtime = new Map();
    bed.sandbox.world.scenario.faults = {};
    const second = await runSyncPass(bed.env());
    expect(second.status?.state).toBe('idle');
    expect(second.status?.attempt).toBeUndefined();
    await expectWorldStored(bed);
    // Nothing answered 200 before the storm was asked again.
    const after = bed.sandbox.world.requests.slice(firstRunRequests).filter((r) => r.status === 200).map((r) => `${r.path}?${r.query}`);
    const refetched = after.filter((request) => storedBefore.includes(request));
    expect(refetched).toEqual([]);
  });

  it('30 % 5xx: every stop backs off with whole pages stored; repeated runs reach the full world', async () => {
    const bed = testBed(demoScenario((scenario) => (scenario.faults = { errorRate: 0.3 })), { random: seeded(7) });
    let status: SyncStatus | undefined;
    let runs = 0;
    const stops: UsersStage[] = [];
    do {
      status = (await runSyncPass(bed.env())).status;
      runs += 1;
      if (status?.state !== 'idle') {
        expect(status?.state).toBe('backing-off');
        expect(status?.retryAt).toBeDefined();
        stops.push(await expectWholePages(bed));
      }
    } while (status?.state !== 'idle' && runs < 60);
    expect(runs).toBeGreaterThan(1);
    // The seeded faults stop the users job mid-pass at least once: the claim is checked where it matters.
    expect(stops).toContain('mid-pass');
    expect(status?.state).toBe('idle');
    await expectWorldStored(bed);
  });

  it('401 mid-sync: stops with reconnect-hubspot, keeps page 1 and the cursor', async () => {
    const bed = testBed();
    let usersPages = 0;
    const expiring: FetchLike = async (url, init) => {
      if (isUsersList(url) && ++usersPages === 2) {
        const token = bed.sandbox.world.scenario.tokens?.hubspot?.find((t) => t.token === 'demo-token-full');
        if (token) token.expiresAt = '2020-01-01T00:00:00Z';
      }
      return bed.sandboxFetch(url, init);
    };
    const result = await runSyncPass(bed.env({ fetch: expiring }));
    expect(result.status).toMatchObject({ state: 'reconnect-hubspot' });
    expect(result.status?.retryAt).toBeUndefined();
    expect(result.status?.lastError).toMatch(/AuthExpiredError/);
    expect(await bed.repo.getAll('crmUsers')).toHaveLength(10);
    expect((await bed.repo.get('syncState', 'hubspot:users'))?.cursor).toBeDefined();
    // The pass stopped: the Conversations jobs after users never ran.
    expect(bed.requests('/conversations')).toEqual([]);
  });

  it('malformed body: the page is not stored, the job is skipped with an error, others go on', async () => {
    const bed = testBed();
    let usersPages = 0;
    const corrupting: FetchLike = async (url, init) => {
      if (isUsersList(url) && ++usersPages === 2) return new Response('{"results": [', { status: 200 });
      return bed.sandboxFetch(url, init);
    };
    const result = await runSyncPass(bed.env({ fetch: corrupting }));
    expect(result.status).toMatchObject({ state: 'error', skipped: [{ job: 'hubspot:users', reason: 'malformed' }] });
    expect(result.status?.lastError).toMatch(/MalformedResponseError/);
    expect(await bed.repo.getAll('crmUsers')).toHaveLength(10);
    expect(await bed.repo.getAll('channelAccounts')).toHaveLength(3);
    expect((await bed.repo.get('syncState', 'hubspot:users'))?.lastError).toMatch(/Malformed/);
  });

  it('a page of the wrong shape is not stored either', async () => {
    const bed = testBed();
    let usersPages = 0;
    const wrongShape: FetchLike = async (url, init) => {
      if (isUsersList(url) && ++usersPages === 2) return Response.json({ results: [{ id: '1', email: 'a@b.example' }, null], paging: { next: { after: 'x' } } });
      return bed.sandboxFetch(url, init);
    };
    const result = await runSyncPass(bed.env({ fetch: wrongShape }));
    expect(result.status?.state).toBe('error');
    expect(await bed.repo.getAll('crmUsers')).toHaveLength(10);
  });

  it('missing scope: names the scope, skips those jobs, stores the rest', async () => {
    const bed = testBed();
    const env = bed.env();
    const { createSandboxHubSpotClient } = await import('./sandbox-hubspot-client');
    env.clients = async () => ({ hubspot: createSandboxHubSpotClient({ fetch: bed.sandboxFetch, token: 'demo-token-no-conversations' }) });
    const result = await runSyncPass(env);
    expect(result.status).toMatchObject({ state: 'missing-scope', scopes: ['conversations.read'] });
    expect(result.status?.skipped?.map((s) => s.job)).toEqual(['hubspot:inboxes', 'hubspot:channel-accounts']);
    expect(result.status?.lastCompletedAt).toBeDefined();
    expect(await bed.repo.getAll('crmUsers')).toHaveLength(bed.sandbox.world.scenario.users.length);
    expect(await bed.repo.getAll('inboxes')).toEqual([]);
  });

  it('offline: keeps the last known data and its age, says offline, retries later', async () => {
    const bed = testBed();
    const first = await runSyncPass(bed.env());
    const before = await bed.repo.getAll('crmUsers');
    const offline: FetchLike = async () => {
      throw new TypeError('fetch failed');
    };
    const result = await runSyncPass(bed.env({ fetch: offline }));
    expect(result.status).toMatchObject({ state: 'offline', lastCompletedAt: first.status?.lastCompletedAt });
    expect(Date.parse(result.status?.retryAt ?? '')).toBeGreaterThan(Date.now());
    expect(await bed.repo.getAll('crmUsers')).toEqual(before);
  });
});
