import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness/fixture';
import type { Scenario } from './harness/sandbox';
import { hostRequest } from './harness/sandbox-http';
import { clickSyncNow, waitUntil, connectHubSpot, expectPanelState, openSyncPanel, waitForSyncEnd } from './pages/sync-panel.page';
import { clearSyncAlarms, readCheckpoints, readSyncedRecords, readSyncMeta, resetSyncData, type SyncedRecords } from './pages/sync-store.page';
import { cacheRows, expectedRows, largeWorld, type Rows } from './pages/sync-world.page';

/**
 * Faults during a sync in Chromium. Each ends in a consistent cache (what is stored equals the
 * sandbox, page by page: never half a page) and the side panel shows the state the user must
 * see. Assertions are on end states, never on counts a random fault decides; where a test claims
 * a case (a token expiring mid-pass), the sandbox holds a page in flight so that case happens.
 */
const ctx = useExtensionBrowser();
/** The side panel whose "Sync now" each test clicks (open since before any test reset the data). */
let panel: Page;
let base: Scenario;

const PAGE_SIZE = 100; // the users list's page (lib/clients/hubspot/page-limits.ts)
const USERS_JOB = 'hubspot:users';
const USERS_PATH = '/settings/v3/users/';
const slowTest = 120_000;

beforeAll(async () => {
  base = await ctx.sandbox.state();
  // Connect once, in a healthy world (the options page's own checks are not under test here);
  // each test then starts its pass with the side panel's "Sync now". The panel opens on fresh
  // data, so opening it starts no pass (sync/if-stale); later resets do not reopen it.
  await connectHubSpot(ctx.eb, base);
  await waitForSyncEnd(ctx.eb);
  panel = await openSyncPanel(ctx.eb);
});
afterAll(async () => {
  await panel.close();
});

/**
 * A clean start: the world, an empty cache, no alarm that could start a pass of its own; then
 * `meanwhile` (if any, awaited) and a click on "Sync now". Returns the log's seq before the click.
 */
async function syncAgainst(world: Scenario, meanwhile?: () => Promise<void>): Promise<number> {
  const worker = await ctx.eb.worker();
  await clearSyncAlarms(worker);
  await ctx.sandbox.putState(world);
  await resetSyncData(worker);
  await meanwhile?.();
  return clickSyncNow(panel, ctx.sandbox);
}

/** "Sync now" again while the pass is backing off (a 5xx or 429 outlasted the client's retries). */
async function syncUntilSettled(tries = 4): Promise<Awaited<ReturnType<typeof waitForSyncEnd>>> {
  let status = await waitForSyncEnd(ctx.eb, { timeoutMs: 100_000 });
  for (let attempt = 1; attempt < tries && status.state === 'backing-off'; attempt++) {
    await clickSyncNow(panel, ctx.sandbox);
    status = await waitForSyncEnd(ctx.eb, { since: status.updatedAt, timeoutMs: 100_000 });
  }
  return status;
}

/** HubSpot API requests after `sinceSeq` (a mark this test took): never those of earlier worlds. */
async function apiLog(sinceSeq: number) {
  return (await ctx.sandbox.requests(sinceSeq)).filter((entry) => entry.host === 'api.hubapi.com');
}

const usersCheckpoint = async () => (await readCheckpoints(await ctx.eb.worker())).find((entry) => entry.job === USERS_JOB);

/** Stored rows that are not in the sandbox's world (must be none). */
function strangers(cache: Rows, world: Rows): Partial<Record<keyof Rows, string[]>> {
  const found: Partial<Record<keyof Rows, string[]>> = {};
  for (const store of Object.keys(cache) as (keyof Rows)[]) {
    const extra = cache[store].filter((row) => !world[store].includes(row));
    if (extra.length > 0) found[store] = extra;
  }
  return found;
}

/** The users job stored whole pages only: its record count equals its checkpoint and is a multiple of a page. */
async function expectWholeUserPages(records: SyncedRecords): Promise<void> {
  const checkpoint = (await readCheckpoints(await ctx.eb.worker())).find((entry) => entry.job === USERS_JOB);
  expect(checkpoint?.cursor, 'the users job stopped part-way').toBeTruthy();
  expect(records.crmUsers.length).toBe(checkpoint?.done);
  expect(records.crmUsers.length % PAGE_SIZE).toBe(0);
}

describe('sync under faults', () => {
  it('429 storm (3 requests / 10 s, another client sharing the token): rides it out and ends idle', async () => {
    const world: Scenario = { ...structuredClone(base), faults: { rateLimitPer10s: 3 } };
    const since = await ctx.sandbox.lastSeq();
    // Another install with the same token fills the window just before the sync starts, then
    // keeps taking every slot that frees for 12 s.
    const token = world.tokens?.hubspot?.[0]?.token ?? '';
    const competitorCall = () => hostRequest(ctx.sandbox, 'api.hubapi.com', 'GET', '/account-info/v3/details', { headers: { authorization: `Bearer ${token}` } });
    let competitor: Promise<void> = Promise.resolve();
    await syncAgainst(world, async () => {
      for (let call = 0; call < 3; call++) await competitorCall();
      competitor = (async () => {
        const until = Date.now() + 12_000;
        while (Date.now() < until) {
          await competitorCall();
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      })();
    });
    await competitor;
    const status = await syncUntilSettled();
    expect(status.state).toBe('idle');
    expect(cacheRows(await readSyncedRecords(await ctx.eb.worker()))).toEqual(expectedRows(await ctx.sandbox.state()));
    const syncAnswers = (await apiLog(since)).filter((entry) => !entry.path.startsWith('/account-info'));
    expect(syncAnswers.filter((entry) => entry.status === 429).length, 'the sync met 429s').toBeGreaterThan(0);
    await expectPanelState(ctx.eb, 'idle');
  }, slowTest);

  it('30 % 5xx: retries and resumes until the cache equals the sandbox, ends idle', async () => {
    const world = largeWorld(base, 1_000, 40);
    world.faults = { errorRate: 0.3 };
    const since = await ctx.sandbox.lastSeq();
    await syncAgainst(world);
    const status = await syncUntilSettled();
    expect(status.state).toBe('idle');
    expect(cacheRows(await readSyncedRecords(await ctx.eb.worker()))).toEqual(expectedRows(await ctx.sandbox.state()));
    // ~30 requests at 30 %: a run without a single 5xx would mean the fault never bit.
    expect((await apiLog(since)).filter((entry) => entry.status >= 500).length).toBeGreaterThan(0);
    await expectPanelState(ctx.eb, 'idle');
  }, slowTest);

  it('401 mid-sync (the token expires while the third users page is in flight): stops with whole pages stored, asks to reconnect', async () => {
    const world = largeWorld(base, 1_000, 40);
    // The third users page is held in flight (sandbox x.slowOn) until the token has expired.
    world.x = { ...world.x, slowOn: [{ host: 'api.hubapi.com', method: 'GET', path: USERS_PATH, exact: true, skip: 2, times: 1, ms: 60_000 }] };
    const since = await syncAgainst(world);
    await waitUntil(async () => (await ctx.sandbox.held()).some((call) => call.path === USERS_PATH), 'the third users page to be in flight');
    await waitUntil(async () => ((await usersCheckpoint())?.done ?? 0) >= 2 * PAGE_SIZE, 'two users pages stored');
    const expired = structuredClone(world);
    for (const token of expired.tokens?.hubspot ?? []) token.expiresAt = '2020-01-01T00:00:00Z';
    await ctx.sandbox.putState(expired);
    expect(await ctx.sandbox.release()).toBe(1);

    const status = await waitForSyncEnd(ctx.eb);
    expect(status.state, JSON.stringify(status)).toBe('reconnect-hubspot');
    expect((await apiLog(since)).filter((entry) => entry.status === 401).map((entry) => entry.path)).toEqual([USERS_PATH]);
    const records = await readSyncedRecords(await ctx.eb.worker());
    const cache = cacheRows(records);
    const expected = expectedRows(expired);
    expect(strangers(cache, expected)).toEqual({});
    // Owners, roles and teams were finished before the 401: complete.
    expect(cache.owners).toEqual(expected.owners);
    expect(cache.roles).toEqual(expected.roles);
    expect(cache.teams).toEqual(expected.teams);
    // The users job stopped at its checkpoint: exactly the two pages before the held one.
    expect(records.crmUsers).toHaveLength(2 * PAGE_SIZE);
    await expectWholeUserPages(records);
    await expectPanelState(ctx.eb, 'reconnect-hubspot');
  }, slowTest);

  it('malformed body on the third users page: that job stops at its checkpoint, the others finish, status error', async () => {
    const world = largeWorld(base, 500, 40);
    world.x = { ...world.x, malformedOn: [{ host: 'api.hubapi.com', path: USERS_PATH, exact: true, skip: 2, times: 1 }] };
    await syncAgainst(world);
    const status = await waitForSyncEnd(ctx.eb);
    expect(status.state).toBe('error');
    expect(status.lastError).toContain(USERS_JOB);

    const records = await readSyncedRecords(await ctx.eb.worker());
    const cache = cacheRows(records);
    const expected = expectedRows(await ctx.sandbox.state());
    expect(strangers(cache, expected)).toEqual({});
    expect(records.crmUsers).toHaveLength(2 * PAGE_SIZE);
    await expectWholeUserPages(records);
    // The jobs after the users job still ran to the end.
    expect(cache.owners).toEqual(expected.owners);
    expect(cache.inboxes).toEqual(expected.inboxes);
    expect(cache.channelAccounts).toEqual(expected.channelAccounts);
    // Understood as a malformed answer (not an unknown failure): only that job skipped.
    expect((await readSyncMeta(await ctx.eb.worker())).status?.skipped).toEqual([{ job: USERS_JOB, reason: 'malformed' }]);
    await expectPanelState(ctx.eb, 'error');
  }, slowTest);
});
