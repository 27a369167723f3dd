/**
 * Inboxlink in Firefox ESR: the production Firefox build installed as a temporary add-on, talking
 * to the sandbox through the real hostnames (harness/firefox.ts). The chip on Gmail and Outlook,
 * the popup, the sidebar's page, the options with a HubSpot token, and the first sync.
 */
import { describe, expect, it } from 'vitest';
import { mailPages, selectors } from '../harness/contract';
import { useFirefoxBrowser } from '../harness/fixture';
import { connectHubSpot, expectPanelState, waitForSyncEnd } from '../pages/sync-panel.page';
import { readSyncedRecords } from '../pages/sync-store.page';
import { cacheRows, expectedRows } from '../pages/sync-world.page';

const ctx = useFirefoxBrowser();
const ui = { timeout: 15_000 };

describe('Firefox: extension pages', () => {
  for (const name of ['popup', 'sidepanel', 'options'] as const) {
    it(`${name} renders without console errors`, async () => {
      const page = await ctx.eb.openExtensionPage(name);
      await page.waitForSelector(selectors.pageRoot(name), ui);
      await ctx.eb.screenshot(page, name);
      expect(ctx.eb.consoleErrors(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('Firefox: HubSpot connected in the options, first sync', () => {
  it('the token typed into the options form starts a sync that fills the cache with the sandbox world', async () => {
    await connectHubSpot(ctx.eb, await ctx.sandbox.state());
    const status = await waitForSyncEnd(ctx.eb);
    expect(status.state, JSON.stringify(status)).toBe('idle');
    const records = await readSyncedRecords(await ctx.eb.worker());
    expect(cacheRows(records)).toEqual(expectedRows(await ctx.sandbox.state()));
    await expectPanelState(ctx.eb, 'idle');
  });
});

describe('Firefox: the chip', () => {
  it('shows on Gmail', async () => {
    const page = await ctx.eb.newPage(mailPages.gmail);
    const chip = await page.waitForSelector(selectors.inboxChip, ui);
    expect(await chip?.evaluate((el) => el.getAttribute('data-inboxlink-status'))).toBeTruthy();
    await ctx.eb.screenshot(page, 'gmail');
    await page.close();
  });

  it('shows on Outlook', async () => {
    const page = await ctx.eb.newPage(mailPages.outlookWork);
    const chip = await page.waitForSelector(selectors.inboxChip, ui);
    expect(await chip?.evaluate((el) => el.getAttribute('data-inboxlink-status'))).toBeTruthy();
    await ctx.eb.screenshot(page, 'outlook');
    await page.close();
  });
});
