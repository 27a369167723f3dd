import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness/fixture';
import { holdCalls } from './pages/plan-resume.page';
import { clickSyncNow, connectHubSpot, expectPanelState, openSyncPanel, waitForSyncEnd, waitUntil } from './pages/sync-panel.page';
import { clearSyncAlarms, readSyncedRecords } from './pages/sync-store.page';
import { cacheRows, expectedRows } from './pages/sync-world.page';
import { readGrants, signInMicrosoftAdmin } from './pages/trust.page';

/**
 * A full HubSpot sync in Chromium: the production build's service worker pulls the sandbox's
 * world through the real clients into IndexedDB; the cache must then hold exactly that world.
 * Kill-and-resume is in sync-resume.e2e.ts, faults in sync-faults.e2e.ts. Each test connects
 * HubSpot itself (connecting starts a pass), so each runs alone.
 */
const ctx = useExtensionBrowser();

/** Connects HubSpot on the options page and waits for the pass that starts; returns its status. */
async function connectAndSync(): Promise<Awaited<ReturnType<typeof waitForSyncEnd>>> {
  const since = new Date().toISOString();
  await connectHubSpot(ctx.eb, await ctx.sandbox.state());
  return waitForSyncEnd(ctx.eb, { since });
}

describe('full sync', () => {
  it('leaves the cache holding exactly the sandbox world, and the side panel idle', async () => {
    const mark = await ctx.sandbox.lastSeq();
    const status = await connectAndSync();
    expect(status.state, `sync ended with ${JSON.stringify(status)}`).toBe('idle');
    expect(status.lastCompletedAt).toBeTruthy();

    const state = await ctx.sandbox.state();
    const records = await readSyncedRecords(await ctx.eb.worker());
    const expected = expectedRows(state);
    expect(cacheRows(records)).toEqual(expected);
    // The demo world has every case: deactivated and removed users, an unauthorized channel.
    expect(expected.crmUsers.some((row) => row.includes('"deactivated"'))).toBe(true);
    expect(expected.crmUsers.some((row) => row.includes('"removed"'))).toBe(true);

    // Every HubSpot call of this test (the connect's checks, then the sync's lists) was answered 200: nothing skipped or retried.
    const api = (await ctx.sandbox.requests(mark)).filter((entry) => entry.host === 'api.hubapi.com');
    expect(api.length).toBeGreaterThan(0);
    expect(api.filter((entry) => entry.status !== 200)).toEqual([]);

    await expectPanelState(ctx.eb, 'idle');
  });

  it('"Sync now" in the side panel runs a second pass that changes nothing: same records, none marked gone', async () => {
    // Opened while the data is fresh (or HubSpot not yet connected): opening starts no pass of its own.
    const panel = await openSyncPanel(ctx.eb);
    const first = await connectAndSync();
    expect(first.state).toBe('idle');
    const before = cacheRows(await readSyncedRecords(await ctx.eb.worker()));
    // The periodic alarm's first run must not stand in for the click.
    await clearSyncAlarms(await ctx.eb.worker());

    const clickedAt = new Date().toISOString();
    await clickSyncNow(panel, ctx.sandbox);
    const status = await waitForSyncEnd(ctx.eb, { since: clickedAt });
    expect(status.state).toBe('idle');
    expect(status.lastCompletedAt && status.lastCompletedAt > clickedAt, 'the pass completed after the click').toBe(true);
    expect(cacheRows(await readSyncedRecords(await ctx.eb.worker()))).toEqual(before);
    await panel.close();
  });
});

describe('"Sync now" after a Microsoft admin sign-in', () => {
  it('runs HubSpot\'s sync at once while the sign-in\'s grant listing is still in flight, then reads the grants', async () => {
    const GRANTS_PATH = '/v1.0/oauth2PermissionGrants';
    const panel = await openSyncPanel(ctx.eb);
    expect((await connectAndSync()).state).toBe('idle');
    await clearSyncAlarms(await ctx.eb.worker());
    // The pass the sign-in starts reads HubSpot, then stops at the Entra grant listing, held unanswered.
    await holdCalls(ctx.sandbox, [{ host: 'graph.microsoft.com', method: 'GET', path: GRANTS_PATH, exact: true, times: 1, ms: 120_000 }]);
    try {
      await signInMicrosoftAdmin(ctx.eb);
      await waitUntil(async () => (await ctx.sandbox.held()).some((call) => call.path === GRANTS_PATH), 'the sign-in\'s grant listing in flight');

      const clickedAt = new Date().toISOString();
      await clickSyncNow(panel, ctx.sandbox);
      const status = await waitForSyncEnd(ctx.eb, { since: clickedAt, timeoutMs: 90_000 });
      expect(status.state, `sync ended with ${JSON.stringify(status)}`).toBe('idle');
      expect(status.lastCompletedAt && status.lastCompletedAt > clickedAt, 'the pass completed after the click').toBe(true);
      // The click's pass did not wait for the held call: it is still in flight.
      expect((await ctx.sandbox.held()).map((call) => call.path)).toEqual([GRANTS_PATH]);
      const world = await ctx.sandbox.state();
      const present = (await readGrants(await ctx.eb.worker())).filter((grant) => grant.provider === 'microsoft365' && grant.state === 'present');
      const expected = (world.providerGrants ?? []).filter((grant) => grant.provider === 'microsoft365').map((grant) => grant.address);
      expect(present.map((grant) => grant.address).sort()).toEqual(expected.sort());
      await expectPanelState(ctx.eb, 'idle');
    } finally {
      await ctx.sandbox.release();
      await holdCalls(ctx.sandbox, []);
      await panel.close();
    }
  }, 180_000);
});
