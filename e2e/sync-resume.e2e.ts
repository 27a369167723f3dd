import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness/fixture';
import type { RequestLogEntry } from './harness/sandbox';
import { clickSyncNow, waitUntil, connectHubSpot, expectPanelState, openSyncPanel, syncSelectors, waitForSyncEnd } from './pages/sync-panel.page';
import { clearSyncAlarms, expireLease, readCheckpoints, readSyncedRecords, readSyncMeta } from './pages/sync-store.page';
import { cacheRows, expectedRows, largeWorld } from './pages/sync-world.page';

/**
 * The service worker is terminated in the middle of a sync (as Chromium does to idle or hung
 * workers) and a new one resumes from the checkpoints in IndexedDB: no page stored twice, none
 * lost, finished jobs not rerun. The sandbox holds the fourth users page in flight (x.slowOn), so
 * the kill lands exactly there: three pages stored, the fourth asked for and unanswered.
 */
const ctx = useExtensionBrowser();
let panel: Page;

const USERS_JOB = 'hubspot:users';
const USERS_PATH = '/settings/v3/users/';
const PAGE_SIZE = 100; // the users list's page (lib/clients/hubspot/page-limits.ts)
const HELD_PAGES = 3;
const SCOPE_PROBE_CALLS = 1;

beforeAll(async () => {
  // Opened before HubSpot is connected: opening it starts no pass; its "Sync now" is clicked later.
  panel = await openSyncPanel(ctx.eb);
});
afterAll(async () => {
  await panel.close();
});

const usersCheckpoint = async () => (await readCheckpoints(await ctx.eb.worker())).find((entry) => entry.job === USERS_JOB);
const afterOf = (entry: RequestLogEntry): string => new URLSearchParams(entry.query).get('after') ?? '(first page)';

describe('a worker killed mid-sync', () => {
  it('resumes from its checkpoint: every record exactly once, no stored page fetched again', async () => {
    // 1,500 more users (16 pages of users); the fourth users page waits at the sandbox until released.
    const world = largeWorld(await ctx.sandbox.state(), 1_500, 120);
    // Connecting proves the token's scopes by reading one user first (lib/auth/hubspot-probe.ts): that
    // call and the three pages go through; the next users call, the pass's fourth page, is held.
    world.x = { ...world.x, slowOn: [{ host: 'api.hubapi.com', method: 'GET', path: USERS_PATH, exact: true, skip: SCOPE_PROBE_CALLS + HELD_PAGES, times: 1, ms: 60_000 }] };
    await ctx.sandbox.putState(world);
    const start = await ctx.sandbox.lastSeq();

    await connectHubSpot(ctx.eb, world);
    // While the pass runs, the side panel says so, with progress.
    await panel.waitForSelector(syncSelectors.statusIn('running'), { timeout: 15_000 });
    await panel.waitForSelector(syncSelectors.progress, { timeout: 15_000 });
    await ctx.eb.screenshot(panel, 'sidepanel-running');
    await waitUntil(async () => (await ctx.sandbox.held()).some((call) => call.path === USERS_PATH), 'the fourth users page to be in flight');
    await waitUntil(async () => ((await usersCheckpoint())?.done ?? 0) >= HELD_PAGES * PAGE_SIZE, 'three users pages stored');
    await ctx.eb.stopWorker();

    // The held page lands while no worker waits for it (its answer goes to nobody).
    const [held] = await ctx.sandbox.held();
    expect(await ctx.sandbox.release()).toBe(1);
    await waitUntil(async () => (await ctx.sandbox.requests(start)).some((entry) => entry.path === USERS_PATH && entry.query === held?.query), 'the held page to be answered');
    const landedSeq = await ctx.sandbox.lastSeq();

    // What the dead worker left: exactly the three whole pages, and a checkpoint at the fourth.
    const worker = await ctx.eb.worker();
    const checkpoint = await usersCheckpoint();
    const left = await readSyncedRecords(worker);
    const killed = await readSyncMeta(worker);
    expect(killed.status?.state, 'the pass was still running when the worker was stopped').toBe('running');
    expect(checkpoint?.done).toBe(HELD_PAGES * PAGE_SIZE);
    expect(checkpoint?.cursor).toBe(new URLSearchParams(held?.query).get('after'));
    expect(left.crmUsers).toHaveLength(HELD_PAGES * PAGE_SIZE);

    // The dead run's lease would expire 90 s after its last page; stand in for that wait, then
    // "Sync now" in the side panel, as the user would (no alarm may resume the pass meanwhile).
    await expireLease(worker);
    await clearSyncAlarms(worker);
    await clickSyncNow(panel, ctx.sandbox);
    const status = await waitForSyncEnd(ctx.eb, { since: killed.status?.updatedAt, timeoutMs: 90_000 });
    expect(status.state).toBe('idle');

    const state = await ctx.sandbox.state();
    expect(cacheRows(await readSyncedRecords(await ctx.eb.worker()))).toEqual(expectedRows(state));

    const log = (await ctx.sandbox.requests(start)).filter((entry) => entry.host === 'api.hubapi.com' && entry.status === 200);
    // The pass's pages (the connect's scope probe asks for one user, not a page).
    const userPages = log.filter((entry) => entry.path === USERS_PATH && new URLSearchParams(entry.query).get('limit') === String(PAGE_SIZE));
    const resumed = userPages.filter((entry) => entry.seq > landedSeq);
    // The new worker starts at the checkpoint: only the page in flight at the kill is asked twice.
    expect(resumed[0] && afterOf(resumed[0])).toBe(checkpoint?.cursor);
    const counts = new Map<string, number>();
    for (const entry of userPages) counts.set(afterOf(entry), (counts.get(afterOf(entry)) ?? 0) + 1);
    expect([...counts].filter(([, count]) => count > 1)).toEqual([[checkpoint?.cursor, 2]]);
    expect(userPages).toHaveLength(Math.ceil(state.users.filter((user) => user.status !== 'removed').length / PAGE_SIZE) + 1);
    // Jobs the first worker finished (owners come before users) are not run again.
    expect(log.filter((entry) => entry.seq > landedSeq && entry.path.startsWith('/crm/v3/owners'))).toEqual([]);

    await expectPanelState(ctx.eb, 'idle');
  }, 120_000);
});
