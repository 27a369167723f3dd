import { AxePuppeteer } from '@axe-core/puppeteer';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectors } from './harness/contract';
import { useExtensionBrowser } from './harness/fixture';
import { fillCache, MAILBOXES } from './pages/large-cache.page';
import { waitForDatabase } from './pages/sync-store.page';

/**
 * The side panel with a big portal's cache (2,000 mailboxes, 10,000 CRM users): the list renders
 * only the rows near the viewport (components/shared/VirtualList.tsx) and is still a list to a
 * keyboard and a screen reader: every row says its place in the whole list, one row is in the tab
 * order, the arrow, Page, Home and End keys reach every row, and Back returns focus to a row far
 * down. Speed is bench/sidepanel-scale.ts's business; this file proves the list works.
 */
const ctx = useExtensionBrowser();
const uiTimeout = { timeout: 20_000 };
const ROW = '[data-testid="mailbox-row"]';
let panel: Page;

const focused = () => panel.evaluate(() => {
  const row = document.activeElement?.closest('[data-testid="mailbox-row"]');
  return { address: row?.getAttribute('data-address') ?? null, place: Number(row?.getAttribute('aria-posinset') ?? 0) };
});

beforeAll(async () => {
  await waitForDatabase(await ctx.eb.worker());
  await fillCache(await ctx.eb.worker());
});

afterAll(async () => {
  await panel?.close();
});

async function openPanel(): Promise<Page> {
  await panel?.close();
  panel = await ctx.eb.openExtensionPage('sidepanel');
  await panel.waitForSelector(ROW, uiTimeout);
  await panel.bringToFront();
  return panel;
}

describe('side panel with 2,000 mailboxes', () => {
  it('lists them all as one list while rendering only the rows near the viewport; axe finds nothing serious', async () => {
    await openPanel();
    const count = await panel.$eval('[data-testid="mailbox-count"]', (element) => ({ shown: element.getAttribute('data-shown'), total: element.getAttribute('data-total') }));
    expect(count).toEqual({ shown: String(MAILBOXES), total: String(MAILBOXES) });
    const rows = await panel.$$eval(ROW, (elements) => elements.map((row) => ({ size: row.getAttribute('aria-setsize'), place: Number(row.getAttribute('aria-posinset')) })));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(new Set(rows.map((row) => row.size))).toEqual(new Set([String(MAILBOXES)]));
    expect(rows[0]?.place).toBe(1);
    expect(await panel.$eval('ul.virtual-list', (list) => list.getAttribute('aria-label'))).toBe('Mailboxes');
    // One tab stop in the list, not 2,000.
    expect(await panel.$$eval(`${ROW} button`, (buttons) => buttons.filter((button) => button.tabIndex === 0).length)).toBe(1);
    const results = await new AxePuppeteer(panel).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    expect(ctx.eb.consoleErrors(panel)).toEqual([]);
  });

  it('reaches every row by keyboard, opens one far down with Enter, and Back returns focus to it', async () => {
    await openPanel();
    await panel.$eval(`${ROW} button[tabindex="0"]`, (button) => (button as HTMLButtonElement).focus());
    expect((await focused()).place).toBe(1);
    await panel.keyboard.press('ArrowDown');
    await panel.waitForFunction(() => document.activeElement?.closest('[data-testid="mailbox-row"]')?.getAttribute('aria-posinset') === '2', uiTimeout);
    await panel.keyboard.press('End');
    await panel.waitForFunction((last) => document.activeElement?.closest('[data-testid="mailbox-row"]')?.getAttribute('aria-posinset') === last, uiTimeout, String(MAILBOXES));
    await panel.keyboard.press('PageUp');
    await panel.waitForFunction((last) => Number(document.activeElement?.closest('[data-testid="mailbox-row"]')?.getAttribute('aria-posinset')) < Number(last), uiTimeout, String(MAILBOXES));
    const target = await focused();
    expect(target.place).toBeGreaterThan(MAILBOXES - 40);
    // Far from the top, and the first rows are no longer rendered: the list really is virtual.
    expect(await panel.$('[data-testid="mailbox-row"][aria-posinset="1"]')).toBeNull();

    await panel.keyboard.press('Enter');
    await panel.waitForSelector(`[data-testid="mailbox-detail"][data-address="${target.address}"]`, uiTimeout);
    // The detail takes the focus (its heading) once rendered: Escape is the detail's key from then on.
    await panel.waitForFunction(() => Boolean(document.activeElement?.closest('[data-testid="mailbox-detail"]')), uiTimeout);
    await panel.keyboard.press('Escape');
    await panel.waitForSelector(selectors.mailboxRow(target.address ?? ''), uiTimeout);
    await panel.waitForFunction((address) => document.activeElement?.closest('[data-testid="mailbox-row"]')?.getAttribute('data-address') === address, uiTimeout, target.address);
    await panel.keyboard.press('Home');
    await panel.waitForFunction(() => document.activeElement?.closest('[data-testid="mailbox-row"]')?.getAttribute('aria-posinset') === '1', uiTimeout);
    await ctx.eb.screenshot(panel, 'sidepanel-2000');
  });

  it('searches the 2,000 mailboxes: the count and every shown row match the query', async () => {
    await openPanel();
    await panel.type('[data-testid="mailbox-search"]', 'team19');
    // team1900..team1999 (100) and team19 is not a mailbox (teams start at 1,600).
    await panel.waitForFunction(() => document.querySelector('[data-testid="mailbox-count"]')?.getAttribute('data-shown') === '100', uiTimeout);
    const shown = await panel.$$eval(ROW, (rows) => rows.map((row) => ({ address: row.getAttribute('data-address') ?? '', size: row.getAttribute('aria-setsize') })));
    expect(shown.length).toBeGreaterThan(0);
    for (const row of shown) {
      expect(row.address).toContain('team19');
      expect(row.size).toBe('100');
    }
  });
});
