import type { Page } from 'puppeteer';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../lib/i18n';
import '../lib/i18n/all-locales';
import type { Scenario } from '../sandbox/core/scenario';
import { mailPages, selectors } from './harness/contract';
import { useExtensionBrowser } from './harness/fixture';
import { chipCover, inside, type Box, type ChipCover } from './pages/chip-geometry.page';
import { emulateColorScheme } from './pages/extension-views.page';
import { chipNow, readChip, stackedLabelWidths } from './pages/mail-tab.page';
import { focusedName, resetChipPlaces, waitForChipPlace, waitForTabRecord, withMailPages } from './pages/mail-variants.page';

/**
 * Issue 11: the chip never covers the mail page's own controls. On the sandbox's Gmail with a
 * compose window open and Outlook with a reply draft and a toast, light and dark, at 1280×800,
 * 400×700 and 360×640, its box intersects nothing the page offers to a click or to focus (by
 * Chromium's account: chip-geometry.page.ts); it moves away from a compose window opened where
 * it sits; the rep moves or hides it from the keyboard, remembered per mail host; the page cannot
 * read the status from its element.
 */
const ctx = useExtensionBrowser();
let base: Scenario;
const open: Page[] = [];
const SIZES = [
  { width: 1280, height: 800 },
  { width: 400, height: 700 },
  { width: 360, height: 640 },
] as const;

beforeAll(async () => {
  base = await ctx.sandbox.state();
});
beforeEach(async () => {
  await resetChipPlaces(await ctx.eb.worker());
});
afterEach(async () => {
  for (const page of open.splice(0)) await page.close().catch(() => undefined);
});

async function visit(world: Scenario, url: string, size: { width: number; height: number } = SIZES[0]): Promise<Page> {
  await ctx.sandbox.putState(world);
  const page = await ctx.eb.browser.newPage();
  open.push(page);
  await page.setViewport(size);
  await page.goto(url, { waitUntil: 'load' });
  await readChip(page);
  return page;
}

/**
 * In the page: the chip is placed at the window's left edge (shown: while a place is tried the
 * chip is measured unseen, at the window's corner).
 */
const placedAtLeftEdge = (chip: string) => {
  const host = document.querySelector(chip);
  return !!host && host.getBoundingClientRect().left < 10 && getComputedStyle(host).opacity !== '0';
};

/** The page's own account control's box. */
const boxOf = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  });

/**
 * Polls until the chip is placed inside the window and covers nothing, and the page's account
 * control (when named) is in sight — the chip settles once the page stopped changing (a resize
 * is acted on after a short pause, in which the header may still hold the wider chip); fails with
 * what it covered.
 */
async function settledClear(page: Page, account?: string, timeoutMs = 10_000): Promise<ChipCover> {
  const deadline = Date.now() + timeoutMs;
  let last: ChipCover | string = 'not measured';
  for (;;) {
    last = await chipCover(page).catch((error: Error) => error.message);
    const window = page.viewport() ?? { width: 0, height: 0 };
    const inWindow = (b: Box) => b.width > 0 && b.left >= 0 && b.top >= 0 && b.left + b.width <= window.width && b.top + b.height <= window.height;
    const accountShown = account ? inWindow(await boxOf(page, account)) : true;
    if (typeof last !== 'string' && last.covered.length === 0 && inWindow(last.chip) && accountShown) return last;
    if (Date.now() > deadline) throw new Error(`the chip covers the page's controls: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const ACCOUNT_CONTROL = { gmail: 'a.account', outlook: '#owa-me-control-container button' } as const;

const hostBox = (page: Page) => boxOf(page, selectors.inboxChip);

describe('covers none of the page’s controls', () => {
  const cases = [
    ['gmail', mailPages.gmail, { gmail: { compose: 'window' } }],
    ['outlook', mailPages.outlookWork, { outlook: { compose: true, toast: true } }],
  ] as const;
  for (const [name, url, pages] of cases) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${name} with a draft open, ${theme}: at 1280×800, 400×700 and 360×640`, async () => {
        const world = withMailPages(base, name === 'gmail' ? { gmail: { ...pages.gmail, theme } } : { outlook: { ...pages.outlook, theme } });
        const page = await visit(world, url);
        await emulateColorScheme(page, theme);
        for (const size of SIZES) {
          await page.setViewport(size);
          // It makes room for itself without pushing the page's own account control out of sight.
          const cover = await settledClear(page, ACCOUNT_CONTROL[name]);
          await ctx.eb.screenshot(page, `${name}-${theme}-${size.width}x${size.height}`);
          expect(inside(cover.content, cover.chip), `the chip's content stays inside its box at ${size.width}×${size.height}`).toBe(true);
        }
        expect(ctx.eb.consoleErrors(page).filter((error) => !/favicon\.ico/.test(error))).toEqual([]);
      });
    }
  }

  it('the check can fail: a probe the size of the chip over the compose window’s Send is caught', async () => {
    const page = await visit(withMailPages(base, { gmail: { compose: 'window' } }), mailPages.gmail);
    await page.evaluate(() => {
      const send = document.querySelector('.compose .send')?.getBoundingClientRect();
      const probe = document.createElement('div');
      probe.id = 'probe';
      probe.style.cssText = `position:fixed;left:${(send?.left ?? 0) + 10}px;top:${(send?.top ?? 0) + 4}px;width:60px;height:28px;pointer-events:none`;
      document.documentElement.append(probe);
    });
    const cover = await chipCover(page, '#probe');
    expect(cover.covered.map((c) => c.what)).toEqual(expect.arrayContaining([expect.stringMatching(/^div\.send\[Send\]$/)]));
  });
});

describe('moving away, moving, hiding', () => {
  it('a compose window opened where the chip sits at the window’s edge: the chip moves, and still covers nothing', async () => {
    const options = await ctx.eb.openExtensionPage('options');
    open.push(options);
    await options.waitForSelector('[data-testid="chip-places"] select[data-host="mail.google.com"]', { timeout: 10_000 });
    await options.select('select[data-host="mail.google.com"]', 'right');
    await waitForChipPlace(() => ctx.eb.worker(), 'mail.google.com', 'right');
    const page = await visit(withMailPages(base, { gmail: { compose: 'none' } }), mailPages.gmail);
    const before = (await settledClear(page)).chip;
    expect(before.left + before.width).toBeGreaterThan(1280 - 60);
    await ctx.eb.screenshot(page, 'right-edge-before');
    await page.click('.compose-btn');
    await page.waitForSelector('.compose');
    const compose = (await page.$eval('.compose', (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    })) as Box;
    const deadline = Date.now() + 10_000;
    let after: Box = before;
    while (after.top === before.top && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await hostBox(page);
    }
    const cover = await settledClear(page);
    await ctx.eb.screenshot(page, 'right-edge-after-compose');
    expect(cover.chip, 'it moved').not.toEqual(before);
    const apart = cover.chip.left + cover.chip.width <= compose.left || compose.left + compose.width <= cover.chip.left || cover.chip.top + cover.chip.height <= compose.top;
    expect(apart, `the chip ${JSON.stringify(cover.chip)} is clear of the compose window ${JSON.stringify(compose)}`).toBe(true);
    // Back in the header, and stored before the next test opens Gmail (else its chip may move mid-test).
    await options.select('select[data-host="mail.google.com"]', 'header');
    await waitForChipPlace(() => ctx.eb.worker(), 'mail.google.com', 'header');
  });

  it('from the keyboard: moved to the left edge and hidden on Gmail, remembered there only, shown again from the options', async () => {
    const t = createTranslator('en');
    const page = await visit(base, mailPages.gmail);
    const status = (await chipNow(page))?.status ?? '';
    // The accessible name: the label, then how to fix it (this rep's inbox was never seen in HubSpot).
    expect(status).toBe('unknown');
    // The keys go to the window in front, as a rep's would (earlier tests opened and closed other tabs).
    await page.bringToFront();
    const label = `${t('chip.label', { status: t('status.unknown') })}. ${t('ui.chip.unknownHint')}`;
    await page.focus('a[aria-label="Google apps"]');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe(label);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe(t('chip.options'));
    // ↓ twice at once on the ⋮ control, the second pressed while the chip is still on its way to the
    // right edge: it goes on to the left edge, the focus on its ⋮ control all the way (the chip holds
    // it through the move, so the second key reaches it instead of the page).
    // Sent without waiting for the first to be taken: both reach the page before its next frame.
    await Promise.all([page.keyboard.press('ArrowDown'), page.keyboard.press('ArrowDown')]);
    await page.waitForFunction(placedAtLeftEdge, { timeout: 10_000, polling: 100 }, selectors.inboxChip);
    expect(await focusedName(page)).toBe(t('chip.options'));
    await settledClear(page);
    await ctx.eb.screenshot(page, 'left-edge');
    await waitForChipPlace(() => ctx.eb.worker(), 'mail.google.com', 'left');
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(placedAtLeftEdge, { timeout: 10_000, polling: 100 }, selectors.inboxChip);
    // Another mail host keeps its own place: Outlook's chip is in its header.
    const outlook = await visit(base, mailPages.outlookWork);
    expect(await outlook.$eval(selectors.inboxChip, (host) => host.parentElement?.id)).toBe('O365_HeaderRightRegion');
    await outlook.close();

    // At the window's edge the chip comes last in the page: Shift+Tab from the page's start reaches its ⋮ control.
    await page.bringToFront();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await focusedName(page)).toBe(t('chip.options'));
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((chip) => !document.querySelector(chip), { timeout: 10_000, polling: 100 }, selectors.inboxChip);
    await ctx.eb.screenshot(page, 'hidden');
    await waitForChipPlace(() => ctx.eb.worker(), 'mail.google.com', 'hidden');

    const options = await ctx.eb.openExtensionPage('options');
    open.push(options);
    await options.waitForSelector('select[data-host="mail.google.com"]', { timeout: 10_000 });
    // The selects render before the stored places are read: wait for Gmail's to show what was stored.
    await options.waitForFunction(() => document.querySelector<HTMLSelectElement>('select[data-host="mail.google.com"]')?.value === 'hidden', { timeout: 10_000, polling: 100 });
    expect(await options.$eval('select[data-host="outlook.office.com"]', (el) => (el as HTMLSelectElement).value)).toBe('header');
    await ctx.eb.screenshot(options, 'options-chip-places');
    await options.select('select[data-host="mail.google.com"]', 'header');
    await waitForChipPlace(() => ctx.eb.worker(), 'mail.google.com', 'header');
    await page.reload({ waitUntil: 'load' });
    expect(await waitForTabRecord(() => ctx.eb.worker())).toMatchObject({ address: 'joerg.mueller@nordlicht.example' });
    await readChip(page);
    expect(await page.$eval(selectors.inboxChip, (host) => host.parentElement?.className)).toBe('gb-right');
  });
});

describe('what the page can read of the chip', () => {
  it('nothing of the status: a closed root, no attribute but its place, no text, the size of the longest label', async () => {
    const page = await visit(base, mailPages.gmail);
    const seen = await page.$eval(selectors.inboxChip, (host) => ({
      shadowRoot: host.shadowRoot,
      attributes: host.getAttributeNames(),
      html: host.outerHTML,
      text: host.textContent,
    }));
    expect(seen.shadowRoot).toBeNull();
    expect(seen.attributes).toEqual(['style']);
    expect(seen.text).toBe('');
    expect(seen.html).not.toMatch(/linked|broken|unknown|status/i);
    // Inside (DevTools only): every status's label is laid out in one grid cell, the current one visible.
    const widths = await stackedLabelWidths(page);
    expect(widths.each).toHaveLength(5);
    expect(widths.cell).toBe(Math.max(...widths.each));
  });
});
