/**
 * Inboxlink in Firefox ESR: the production Firefox build installed as a temporary add-on, talking
 * to the sandbox through the real hostnames (harness/firefox.ts). The chip on Gmail and Outlook,
 * the popup, the sidebar's page, the options with a HubSpot token, the first sync, and a mailbox's
 * connection history (the side panel's section, the support page) with the portal's health.
 */
import type { Page } from 'puppeteer';
import { describe, expect, it, vi } from 'vitest';
import '../../lib/i18n/all-locales';
import { createTranslator } from '../../lib/i18n';
import { mailPages, selectors } from '../harness/contract';
import { useFirefoxBrowser } from '../harness/fixture';
import { waitForExtensionTab } from '../harness/firefox';
import { revokedGoogleHistory } from '../pages/history.page';
import { putRecords } from '../pages/put-records.page';
import { connectHubSpot, expectPanelState, waitForSyncEnd } from '../pages/sync-panel.page';
import { readSyncedRecords } from '../pages/sync-store.page';
import { tabRecords } from '../pages/mail-variants.page';
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
    await expectChipFor(page, (await ctx.sandbox.state()).signedIn?.gmail);
    await ctx.eb.screenshot(page, 'gmail');
    await page.close();
  });

  it('shows on Outlook', async () => {
    const page = await ctx.eb.newPage(mailPages.outlookWork);
    await expectChipFor(page, (await ctx.sandbox.state()).signedIn?.outlook);
    await ctx.eb.screenshot(page, 'outlook');
    await page.close();
  });
});

describe('Firefox: the sidebar', () => {
  it('the popup\'s "Open side panel" opens the sidebar in its window', async () => {
    const popup = await ctx.eb.openExtensionPage('popup');
    const windowId = await popup.evaluate(async () => (await (globalThis as unknown as { browser: { windows: { getCurrent(): Promise<{ id: number }> } } }).browser.windows.getCurrent()).id);
    expect(await sidebarOpenIn(windowId)).toBe(false);
    await (await popup.waitForSelector('[data-testid="open-sidepanel"]', ui))?.click();
    expect(await waitForSidebar(windowId)).toBe(true);
  });

  it('the chip\'s click on Gmail, which Firefox does not let open the sidebar, opens the panel page beside it on that mailbox', async () => {
    const address = (await ctx.sandbox.state()).signedIn?.gmail ?? '';
    const page = await ctx.eb.newPage(mailPages.gmail);
    const chip = await page.waitForSelector(selectors.inboxChip, ui);
    // The chip's button sits in a closed shadow root: click where the chip is, as a person does.
    const box = await chip?.boundingBox();
    if (!box) throw new Error('the chip has no box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const panel = await waitForExtensionTab(ctx.eb, `sidepanel.html?mailbox=${encodeURIComponent(address)}`);
    await panel.waitForSelector('[data-testid="plan-section"]', ui);
    expect(await panel.evaluate(() => document.body.textContent ?? '')).toContain(address);
    await ctx.eb.screenshot(panel, 'panel-from-chip');
    await Promise.all([panel.close(), page.close()]);
  });
});

describe('Firefox: connection history', () => {
  it('the side panel\'s history section and the support page give the verdict, sources and timeline; the portal page its chart', async () => {
    const address = 'rita.revoked@history-firefox.example';
    const { records, revokedAt } = revokedGoogleHistory(address, 'admin@history-firefox.example');
    const yesterday = new Date(Date.now() - 86_400_000);
    const day = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
    const counts = { linked: 3, broken: 1, 'half-unlinked': 1, 'not-linked': 0, unknown: 1 };
    await putRecords(await ctx.eb.worker(), { ...records, statusSnapshots: [{ day, counts, total: 6, at: yesterday.toISOString() }] });
    const title = createTranslator('en')('history.verdict.google-access-removed.by-user', { date: dayIn('en', revokedAt) });

    const panel = await ctx.eb.openExtensionPage('sidepanel', `mailbox=${encodeURIComponent(address)}`);
    await expectHistory(panel, '[data-testid="history-section"]', title);
    const support = await ctx.eb.openExtensionPage('support', `address=${encodeURIComponent(address)}`);
    await expectHistory(support, '[data-testid="history-page"]', title);
    await ctx.eb.screenshot(support, 'support-timeline');
    const portal = await ctx.eb.openExtensionPage('support');
    const chart = await portal.waitForSelector('[data-testid="portal-health"] [data-testid="status-chart"] svg[role="img"]', ui);
    expect(await chart?.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '')).toContain(createTranslator('en')('health.chart.desc'));
    // Yesterday's bar: one part per status with mailboxes (linked, broken, half-unlinked, unknown).
    expect(await chart?.evaluate((svg, wanted) => svg.querySelectorAll(`g[data-day="${wanted}"] rect`).length, day)).toBe(4);
    await ctx.eb.screenshot(portal, 'support-health');
    for (const page of [panel, support, portal]) expect(ctx.eb.consoleErrors(page)).toEqual([]);
    await Promise.all([panel.close(), support.close(), portal.close()]);
  });
});

/** The day as English writes it (Intl, as the extension does), with the year when not this one. */
function dayIn(locale: string, iso: string): string {
  const sameYear = new Date(iso).getFullYear() === new Date().getFullYear();
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }).format(new Date(iso));
}

/** Under `root`: the verdict in words, the token-audit source read, Google's three facts newest first. */
async function expectHistory(page: Page, root: string, title: string): Promise<void> {
  const verdict = `${root} [data-testid="verdict"][data-code="google-access-removed"]`;
  await page.waitForSelector(verdict, ui);
  expect(await page.$eval(`${verdict} [data-testid="verdict-title"]`, (el) => el.textContent)).toBe(title);
  expect(await page.$eval(`${root} [data-testid="history-source"][data-source="google-token-audit"]`, (el) => (el as HTMLElement).dataset.state)).toBe('read');
  const google = await page.$$eval(`${root} [data-testid="timeline-entry"][data-side="google"]`, (entries) => entries.map((e) => (e as HTMLElement).dataset.kind));
  expect(google).toEqual(['google-revoke', 'google-activity', 'google-authorize']);
}

/**
 * The chip is in the window, its element tells the page nothing of the status (a closed shadow
 * root holds it, which Firefox's WebDriver BiDi does not open: the background's record of the tab
 * says which mailbox the chip is about).
 */
async function expectChipFor(page: Page, address: string | undefined): Promise<void> {
  const chip = await page.waitForSelector(selectors.inboxChip, ui);
  const seen = await chip?.evaluate((el) => ({ attributes: el.getAttributeNames(), text: el.textContent, open: el.shadowRoot !== null }));
  expect(seen).toEqual({ attributes: ['style'], text: '', open: false });
  const box = await chip?.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(0);
  if (!address) throw new Error('the scenario has no signed-in address for this page');
  await vi.waitFor(async () => expect((await tabRecords(await ctx.eb.worker())).map((record) => record.address)).toContain(address), ui);
}

/** Whether Firefox's sidebar shows our panel in the window (asked through the extension's own API). */
async function sidebarOpenIn(windowId: number): Promise<boolean> {
  const realm = await ctx.eb.worker();
  return realm.evaluate((id: number) => (globalThis as unknown as { browser: SidebarApi }).browser.sidebarAction.isOpen({ windowId: id }), windowId);
}

interface SidebarApi {
  sidebarAction: { isOpen(details: { windowId: number }): Promise<boolean> };
}

async function waitForSidebar(windowId: number): Promise<boolean> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await sidebarOpenIn(windowId)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
