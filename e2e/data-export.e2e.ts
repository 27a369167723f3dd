import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness/fixture';
import { authSelectors as auth, connectOnOptions, readCredentials } from './pages/auth-options.page';
import { watchDownloads, type DownloadWatch } from './pages/downloads.page';
import { clearLocalDataConfirmed, localDataSelectors as s, readStoreCounts } from './pages/local-data.page';
import { waitForSyncEnd } from './pages/sync-panel.page';
import { readSyncedRecords } from './pages/sync-store.page';

/**
 * Issue 5 item 4 in Chromium: the options page exports the synced cache as a file without the
 * HubSpot token (the background builds it), then clears local data through its confirmation:
 * every store but the audit log empty, the token gone, HubSpot shown as disconnected.
 */
const ctx = useExtensionBrowser();
const ui = { timeout: 15_000 };
const TOKEN = 'demo-token-full';
let downloads: DownloadWatch;

beforeAll(async () => {
  downloads = await watchDownloads(ctx.eb.browser);
});
afterAll(async () => {
  await downloads.close();
});

async function openOptions(): Promise<Page> {
  const page = await ctx.eb.openExtensionPage('options');
  await page.waitForSelector('[data-testid="options"]', ui);
  return page;
}

/**
 * Each test arranges its own cache, whatever ran before it: HubSpot connected on the page (each
 * connect starts a pass) and that pass ended, so the synced users and mailboxes are there.
 */
async function connectedAndSynced(options: Page): Promise<void> {
  const since = new Date().toISOString();
  await connectOnOptions(options, TOKEN);
  const status = await waitForSyncEnd(ctx.eb, { since });
  expect(status.state, `sync ended with ${JSON.stringify(status)}`).toBe('idle');
}

describe('local data in the options page', () => {
  it('exports the synced users and mailboxes as a file that holds no token', async () => {
    const options = await openOptions();
    await connectedAndSynced(options);
    const synced = await readSyncedRecords(await ctx.eb.worker());
    expect(synced.crmUsers.length).toBeGreaterThan(30);
    expect(synced.mailboxes.length).toBeGreaterThan(0);

    await (await options.waitForSelector(s.exportButton, ui))?.click();
    await options.waitForSelector(s.exported, ui);
    const file = await downloads.next('inboxlink-export-');
    expect(file.name).toMatch(/^inboxlink-export-\d{4}-\d{2}-\d{2}\.json$/);

    const exported = JSON.parse(file.text) as { format: string; stores: Record<string, { id?: string; address?: string; action?: string }[]>; meta: Record<string, unknown> };
    expect(exported.format).toBe('inboxlink-export');
    const ids = (records: { id?: string }[] = []) => records.map((record) => record.id).sort();
    const addresses = (records: { address?: string }[] = []) => records.map((record) => record.address).sort();
    expect(ids(exported.stores.crmUsers)).toEqual(ids(synced.crmUsers));
    expect(addresses(exported.stores.mailboxes)).toEqual(addresses(synced.mailboxes));
    expect(exported.stores.audit?.some((entry) => entry.action === 'hubspot-connect')).toBe(true);
    expect(exported.meta).toMatchObject({ hubspotPortal: { portalId: 4480123 } });
    expect(exported.stores).not.toHaveProperty('credentials');
    expect(file.text).not.toContain(TOKEN);
    // The token is still stored (in the background), so its absence from the file is the export's doing.
    expect(await readCredentials(await ctx.eb.worker())).toMatchObject([{ provider: 'hubspot', accessToken: TOKEN }]);

    await ctx.eb.screenshot(options, 'exported');
    expect(ctx.eb.consoleErrors(options)).toEqual([]);
    await options.close();
  });

  it('clears every store but the audit log through the confirmation, removes the token and shows HubSpot disconnected', async () => {
    const options = await openOptions();
    await connectedAndSynced(options);
    expect((await readSyncedRecords(await ctx.eb.worker())).crmUsers.length, 'users to clear').toBeGreaterThan(30);

    await clearLocalDataConfirmed(options);
    await options.waitForSelector(s.cleared, ui);
    const report = await options.$eval(s.cleared, (element) => element.textContent ?? '');
    expect(report).toContain('HubSpot connection (portal 4480123)');
    expect(report).toMatch(/HubSpot users removed: \d+/);

    const { counts, metaKeys } = await readStoreCounts(await ctx.eb.worker());
    const nonEmpty = Object.entries(counts).filter(([store, count]) => store !== 'audit' && store !== 'meta' && count > 0);
    expect(nonEmpty).toEqual([]);
    expect(counts.audit).toBeGreaterThan(0);
    expect(metaKeys).not.toContain('hubspotPortal');
    expect(await readCredentials(await ctx.eb.worker())).toEqual([]);

    // The page follows the store: HubSpot is disconnected and the token form is back.
    await options.waitForFunction((selector) => !document.querySelector(selector), ui, auth.hubspotConnected);
    await options.waitForSelector(auth.hubspotToken, ui);
    expect(await options.content()).not.toContain(TOKEN);
    await ctx.eb.screenshot(options, 'cleared');

    // Clearing again is harmless and says there was nothing left.
    await clearLocalDataConfirmed(options);
    await options.waitForFunction((selector) => /no local data left/.test(document.querySelector(selector)?.textContent ?? ''), ui, s.cleared);
    expect(ctx.eb.consoleErrors(options)).toEqual([]);
    await options.close();
  });
});
