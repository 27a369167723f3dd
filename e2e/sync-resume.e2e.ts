import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness/fixture';
import type { RequestLogEntry } from './harness/sandbox';
import { connectHubSpot, expectPanelRunning, expectPanelState, sendToBackground, waitForSyncEnd } from './pages/sync-panel.page';
import { expireLease, readCheckpoints, readSyncedRecords, readSyncMeta, type SyncCheckpointView } from './pages/sync-store.page';
import { cacheRows, expectedRows, largeWorld } from './pages/sync-world.page';

/**
 * The service worker is terminated in the middle of a sync (as Chromium does to idle or hung
 * workers) and a new one resumes from the checkpoints in IndexedDB: no page stored twice, none
 * lost, finished jobs not rerun.
 */
const ctx = useExtensionBrowser();
let control: Page;

const USERS_JOB = 'hubspot:users';
const USERS_PATH = '/settings/v3/users/';
const PAGE_SIZE = 100; // lib/sync's default page size

beforeAll(async () => {
  control = await ctx.eb.openExtensionPage('options');
});
afterAll(async () => {
  await control.close();
});

/** Polls the users job's checkpoint until at least `pages` pages are stored. */
async function waitForUserPages(pages: number, timeoutMs = 45_000): Promise<SyncCheckpointView> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const checkpoint = (await readCheckpoints(await ctx.eb.worker())).find((entry) => entry.job === USERS_JOB);
    if (checkpoint?.cursor && (checkpoint.done ?? 0) >= pages * PAGE_SIZE) return checkpoint;
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  throw new Error(`the users job did not store ${pages} pages within ${timeoutMs} ms`);
}

const afterOf = (entry: RequestLogEntry): string => new URLSearchParams(entry.query).get('after') ?? '(first page)';

describe('a worker killed mid-sync', () => {
  it('resumes from its checkpoint: every record exactly once, no stored page fetched again', async () => {
    // 1,500 more users (16 pages of users, 15 of owners) and a little latency: a pass of a few seconds.
    const world = largeWorld(await ctx.sandbox.state(), 1_500, 120);
    world.faults = { latencyMs: 40 };
    await ctx.sandbox.putState(world);

    await connectHubSpot(ctx.eb, world);
    // While the owners are read: the side panel shows the pass running, with progress.
    await expectPanelRunning(ctx.eb);
    await waitForUserPages(3);
    await ctx.eb.stopWorker();
    const killedAtSeq = Math.max(0, ...(await ctx.sandbox.requests()).map((entry) => entry.seq));

    // What the dead worker left: whole pages only, and a checkpoint that says where it stopped.
    const worker = await ctx.eb.worker();
    const checkpoint = (await readCheckpoints(worker)).find((entry) => entry.job === USERS_JOB);
    const left = await readSyncedRecords(worker);
    const killed = await readSyncMeta(worker);
    expect(killed.status?.state, 'the pass was still running when the worker was stopped').toBe('running');
    expect(checkpoint?.cursor, 'the users job had not finished (raise latencyMs if the sync got faster)').toBeTruthy();
    expect(left.crmUsers.length).toBe(checkpoint?.done);
    expect(left.crmUsers.length % PAGE_SIZE).toBe(0);

    // The dead run's lease would expire 90 s after its last page; stand in for that wait, then
    // wake the worker the way a UI does ("Sync now").
    await expireLease(worker);
    await sendToBackground(control, 'sync/now', {});
    const status = await waitForSyncEnd(ctx.eb, { since: killed.status?.updatedAt, timeoutMs: 90_000 });
    expect(status.state).toBe('idle');

    const state = await ctx.sandbox.state();
    expect(cacheRows(await readSyncedRecords(await ctx.eb.worker()))).toEqual(expectedRows(state));

    const log = (await ctx.sandbox.requests()).filter((entry) => entry.host === 'api.hubapi.com' && entry.status === 200);
    const userPages = log.filter((entry) => entry.path === USERS_PATH);
    const resumed = userPages.filter((entry) => entry.seq > killedAtSeq);
    // The new worker starts at the checkpoint; only the page in flight at the kill may repeat.
    expect(resumed[0] && afterOf(resumed[0])).toBe(checkpoint?.cursor);
    const counts = new Map<string, number>();
    for (const entry of userPages) counts.set(afterOf(entry), (counts.get(afterOf(entry)) ?? 0) + 1);
    const repeated = [...counts].filter(([after, count]) => count > (after === checkpoint?.cursor ? 2 : 1));
    expect(repeated).toEqual([]);
    expect(userPages.length).toBe(Math.ceil(state.users.filter((user) => user.status !== 'removed').length / PAGE_SIZE) + (counts.get(checkpoint?.cursor ?? '') ?? 1) - 1);
    // Jobs the first worker finished (owners come before users) are not run again.
    expect(log.filter((entry) => entry.seq > killedAtSeq && entry.path.startsWith('/crm/v3/owners'))).toEqual([]);

    await expectPanelState(ctx.eb, 'idle');
  }, 120_000);
});
