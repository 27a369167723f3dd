import type { Page } from 'puppeteer';
import { waitForDatabase } from '../e2e/pages/sync-store.page';
import { FLOOR_DONE, installFloorExtension } from './browser/floor-extension';
import { longestMs, traceMainThreadTasks } from './browser/main-thread-tasks';
import { median, round, withExtensionBrowser } from './browser-session';
import { ratio, type FigureGroup, type Figures } from './figure';
import { fillCache } from '../e2e/pages/large-cache.page';
import { timeToFirst } from './popup-first-status';

const LOADS = 7;
const KEYSTROKES = 7;
const ROW = '[data-testid="mailbox-row"]';
const SEARCH = '[data-testid="mailbox-search"]';

/**
 * sidepanel.*: the side panel with a cache of 2,000 mailboxes and 10,000 CRM users (fillCache),
 * in Chromium, the panel page in front at 1280×800.
 * - first-render.ratio-to-blank: navigation start to the first mailbox row, divided by the same
 *   for a blank page — a minimal extension's page (installed in the same browser) whose script
 *   only adds one element (./browser/floor-extension.ts). Same observer and page lifecycle for
 *   both (timeToFirst), interleaved, medians of 7.
 * - filter.ms: one keystroke in the search, from the input event (a capture listener that runs
 *   before the page's own) to the end of the work it causes — the filter, the render and the
 *   style and layout of the result (forced in the next task) — median of 14 keystrokes: a digit
 *   that narrows 2,000 rows, then Backspace back to all of them. Goal 16 ms, one frame.
 * - scroll.longest-task.ms: the longest main-thread task while the list is scrolled from top to
 *   bottom, 600 px per animation frame (a Chromium trace, ./browser/main-thread-tasks.ts). Goal 50.
 */
export const sidepanelScale: FigureGroup = {
  name: 'side panel at scale',
  async collect(): Promise<Figures> {
    return withExtensionBrowser(async (eb) => {
      await waitForDatabase(await eb.worker());
      await fillCache(await eb.worker());
      const floor = await installFloorExtension(eb.browser);
      const panelUrl = `chrome-extension://${eb.extensionId}/sidepanel.html`;
      const blankTimes: number[] = [];
      const renderTimes: number[] = [];
      for (let load = 0; load < LOADS; load += 1) {
        blankTimes.push(await timeToFirst(await eb.browser.newPage(), floor.url('blank.html'), FLOOR_DONE));
        renderTimes.push(await timeToFirst(await eb.browser.newPage(), panelUrl, ROW));
      }
      await floor.remove();

      const panel = await eb.openExtensionPage('sidepanel');
      await panel.waitForSelector(ROW, { timeout: 30_000 });
      await panel.bringToFront();
      const total = await panel.$eval('[data-testid="mailbox-count"]', (count) => Number(count.getAttribute('data-total')));
      if (total !== 2_000) throw new Error(`the side panel lists ${total} mailboxes, not 2,000`);
      const keystrokes = await keystrokeTimes(panel, { search: SEARCH, count: '[data-testid="mailbox-count"]' });
      const scrollLongest = await scrollLongestTask(panel);
      await panel.close();
      return {
        'sidepanel.first-render.ms': { value: round(median(renderTimes), 1), unit: 'ms', goal: null },
        'sidepanel.first-render.ratio-to-blank': ratio(median(renderTimes), { value: round(median(blankTimes), 1), unit: 'ms', of: 'blank extension page: its script adds one element' }, null),
        'sidepanel.filter.ms': { value: round(median(keystrokes), 1), unit: 'ms', goal: 16 },
        'sidepanel.scroll.longest-task.ms': { value: round(scrollLongest, 1), unit: 'ms', goal: 50 },
      };
    });
  },
};

/**
 * Each keystroke's work in a list's search box, measured in the page: `KEYSTROKES` times a digit,
 * then Backspace; the `count` element's `data-shown` must change every time (the People page uses it too).
 */
export async function keystrokeTimes(panel: Page, selectors: { search: string; count: string }): Promise<number[]> {
  await panel.evaluate(() => {
    const scope = window as unknown as { __keystrokes: number[] };
    scope.__keystrokes = [];
    const channel = new MessageChannel();
    let started = 0;
    channel.port1.onmessage = () => {
      // Style and layout of the result happen before the next frame: force them here to count them.
      document.body.getBoundingClientRect();
      scope.__keystrokes.push(performance.now() - started);
    };
    window.addEventListener('input', () => {
      started = performance.now();
      channel.port2.postMessage(null);
    }, { capture: true });
  });
  await panel.focus(selectors.search);
  const shown = () => panel.$eval(selectors.count, (count) => count.getAttribute('data-shown'));
  let measured = 0;
  for (let stroke = 0; stroke < KEYSTROKES; stroke += 1) {
    for (const key of ['1', 'Backspace'] as const) {
      const before = await shown();
      await panel.keyboard.press(key);
      measured += 1;
      // The result shows first; its measurement lands in the task after: wait for both.
      await panel.waitForFunction(
        (selector, was, count) => document.querySelector(selector)?.getAttribute('data-shown') !== was && (window as unknown as { __keystrokes: number[] }).__keystrokes.length >= count,
        { timeout: 10_000 },
        selectors.count,
        before,
        measured,
      );
    }
  }
  const times = await panel.evaluate(() => (window as unknown as { __keystrokes: number[] }).__keystrokes);
  if (times.length !== KEYSTROKES * 2) throw new Error(`measured ${times.length} keystrokes, not ${KEYSTROKES * 2}`);
  return times;
}

/** Scrolls the whole list, 600 px a frame, under a trace of the panel's main thread. */
async function scrollLongestTask(panel: Page): Promise<number> {
  // tsx (esbuild keepNames) wraps the named `step` below in a __name() helper the page lacks.
  await panel.evaluate('globalThis.__name ??= (fn) => fn');
  const trace = await traceMainThreadTasks(panel);
  const reachedEnd = await panel.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const step = () => {
          const before = window.scrollY;
          window.scrollBy(0, 600);
          if (window.scrollY === before) {
            resolve(window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 1);
            return;
          }
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  const tasks = await trace.stop();
  if (!reachedEnd) throw new Error('scrolling stopped before the end of the list');
  const last = await panel.$$eval('[data-testid="mailbox-row"]', (rows) => rows.map((row) => row.getAttribute('aria-posinset')));
  if (!last.includes('2000')) throw new Error(`the last row is not rendered at the end of the list (rows ${last.join(',')})`);
  return longestMs(tasks);
}
