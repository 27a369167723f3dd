/**
 * A safe in-place update in Chromium: the build of the commit this one replaces on main
 * (harness/previous-build.ts) installed and used — HubSpot connected and synced, a Gmail tab with
 * its chip, the side panel open — then the current build installed over it at the same path and
 * loaded again (Chrome's update of an unpacked extension: same id, same data), as a store update does. Every record survives, the schema is
 * at the current version, the open pages keep working against the new version, and the old
 * content script in the Gmail tab stops quietly.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_VERSION } from '../lib/store/schema';
import { mailPages, selectors } from './harness/contract';
import { readExtensionDb } from './harness/extension-db';
import { useExtensionBrowser } from './harness/fixture';
import { chromeBuildDir } from './harness/paths';
import { previousBuild } from './harness/previous-build';
import type { ExtensionRealm } from './harness/session';
import { connectHubSpot, waitForSyncEnd } from './pages/sync-panel.page';

const extensionDir = mkdtempSync(path.join(os.tmpdir(), 'inboxlink-installed-'));
let previous: { sha: string } = { sha: '' };
beforeAll(() => {
  const built = previousBuild();
  previous = built;
  cpSync(built.dir, extensionDir, { recursive: true });
}, 600_000);
afterAll(() => rmSync(extensionDir, { recursive: true, force: true }));

const ctx = useExtensionBrowser({ extensionDir });
const ui = { timeout: 15_000 };

interface Snapshot {
  version: number;
  stores: Record<string, unknown[]>;
}

/** Every record of every object store, and the database's version, read in the extension's origin. */
async function snapshot(realm: ExtensionRealm): Promise<Snapshot> {
  const { version, results } = await readExtensionDb(realm, [{ store: '*', op: 'all' }]);
  return { version, stores: results[0] as Record<string, unknown[]> };
}

/** An extension page of the reloaded extension, retried while Chrome is still loading the new version. */
async function openWhenBack(name: 'sidepanel'): Promise<Page> {
  const deadline = Date.now() + ui.timeout;
  for (;;) {
    const page = await ctx.eb.openExtensionPage(name).catch(() => undefined);
    if (page && (await page.waitForSelector(selectors.pageRoot(name), { timeout: 2_000 }).then(Boolean, () => false))) return page;
    await page?.close().catch(() => undefined);
    if (Date.now() > deadline) throw new Error(`the ${name} did not open on the updated extension`);
  }
}

describe('in-place update from the previous build', () => {
  it('keeps every record, migrates the schema, keeps open pages working and stops the old content script quietly', async () => {
    expect(previous.sha).toMatch(/^[0-9a-f]{40}$/);
    // The previous build in use: HubSpot connected and synced, Gmail open with its chip, the side panel open.
    await connectHubSpot(ctx.eb, await ctx.sandbox.state());
    expect((await waitForSyncEnd(ctx.eb)).state).toBe('idle');
    const gmail = await ctx.eb.newPage(mailPages.gmail);
    await gmail.waitForSelector(selectors.inboxChip, ui);
    const panel: Page = await ctx.eb.openExtensionPage('sidepanel');
    await panel.waitForSelector(selectors.pageRoot('sidepanel'), ui);
    const before = await snapshot(await ctx.eb.worker());
    expect(before.stores.crmUsers?.length).toBeGreaterThan(0);
    expect(before.stores.observations?.length).toBeGreaterThan(0);

    // The update: the current build's files in place of the old ones, then the extension reloads.
    rmSync(extensionDir, { recursive: true, force: true });
    cpSync(chromeBuildDir, extensionDir, { recursive: true });
    const panelClosed = new Promise<void>((resolve) => panel.once('close', () => resolve()));
    // Loading the same folder again is Chrome's in-place update of an unpacked extension: same id,
    // same profile data, the old version unloaded (chrome.runtime.reload() left it blocked here).
    expect(await ctx.eb.browser.installExtension(extensionDir)).toBe(ctx.eb.extensionId);
    // Chrome unloads the old version first: its pages close (none is left talking to a dead
    // worker); the side panel is then opened again on the new version.
    await panelClosed;
    const reopened = await openWhenBack('sidepanel');

    // Every record is still there, unchanged; the schema is the current one.
    const after = await snapshot(reopened);
    expect(after.version).toBe(DB_VERSION);
    for (const [store, records] of Object.entries(before.stores)) {
      expect(after.stores[store], `store ${store}`).toEqual(expect.arrayContaining(records));
    }

    // The old content script notices it was cut off and removes its chip, without an error.
    // (Polled on a timer: a tab in the background paints no frames for rAF polling.)
    await gmail.bringToFront();
    await gmail.waitForFunction((selector: string) => !document.querySelector(selector), { ...ui, polling: 250 }, selectors.inboxChip);
    // (The sandbox serves no favicon: that 404 is the page's, not the script's.)
    expect(ctx.eb.consoleErrors(gmail).filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);

    // The reopened side panel lists the synced mailboxes from the migrated database.
    await reopened.waitForSelector('[data-testid="mailbox-row"]', ui);
    await ctx.eb.screenshot(reopened, 'sidepanel-after-update');
    await Promise.all([gmail.close(), reopened.close()]);
  }, 120_000);
});
