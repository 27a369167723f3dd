import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness/fixture';
import { connectHubSpot, expectPanelState, sendToBackground, waitForSyncEnd } from './pages/sync-panel.page';
import { readSyncedRecords, readSyncMeta } from './pages/sync-store.page';
import { cacheRows, expectedRows } from './pages/sync-world.page';

/**
 * A full HubSpot sync in Chromium: the production build's service worker pulls the sandbox's
 * world through the real clients into IndexedDB; the cache must then hold exactly that world.
 * Kill-and-resume is in sync-resume.e2e.ts, faults in sync-faults.e2e.ts.
 */
const ctx = useExtensionBrowser();
let control: Page;

beforeAll(async () => {
  // An extension page to send messages from (the background accepts sync messages only from
  // extension pages). The options page runs no sync of its own when it opens.
  control = await ctx.eb.openExtensionPage('options');
});
afterAll(async () => {
  await control.close();
});

describe('full sync', () => {
  it('leaves the cache holding exactly the sandbox world, and the side panel idle', async () => {
    // Connecting on the options page starts the first sync.
    await connectHubSpot(ctx.eb, await ctx.sandbox.state());
    const status = await waitForSyncEnd(ctx.eb);
    expect(status.state, `sync ended with ${JSON.stringify(status)}`).toBe('idle');
    expect(status.lastCompletedAt).toBeTruthy();

    const state = await ctx.sandbox.state();
    const records = await readSyncedRecords(await ctx.eb.worker());
    const expected = expectedRows(state);
    expect(cacheRows(records)).toEqual(expected);
    // The demo world has every case: deactivated and removed users, an unauthorized channel.
    expect(expected.crmUsers.some((row) => row.includes('"deactivated"'))).toBe(true);
    expect(expected.crmUsers.some((row) => row.includes('"removed"'))).toBe(true);

    // Every HubSpot call (the connect's checks, then the sync's lists) was answered 200: nothing skipped or retried.
    const api = (await ctx.sandbox.requests()).filter((entry) => entry.host === 'api.hubapi.com');
    expect(api.length).toBeGreaterThan(0);
    expect(api.filter((entry) => entry.status !== 200)).toEqual([]);

    await expectPanelState(ctx.eb, 'idle');
  });

  it('a second pass changes nothing: same records, none marked gone', async () => {
    const worker = await ctx.eb.worker();
    const before = cacheRows(await readSyncedRecords(worker));
    const previous = (await readSyncMeta(worker)).status;
    await sendToBackground(control, 'sync/now', {});
    const status = await waitForSyncEnd(ctx.eb, { since: previous?.updatedAt });
    expect(status.state).toBe('idle');
    expect(cacheRows(await readSyncedRecords(await ctx.eb.worker()))).toEqual(before);
  });
});
