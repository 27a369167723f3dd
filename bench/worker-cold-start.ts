import type { Browser, Page, Target } from 'puppeteer';
import { stopServiceWorkers } from '../e2e/harness/worker-control';
import { installFloorExtension } from './browser/floor-extension';
import { median, round, withExtensionBrowser } from './browser-session';
import { ratio, type FigureGroup, type Figures } from './figure';

const RUNS = 9;
const WORKER_TIMEOUT_MS = 15_000;

/**
 * worker.cold-start.ms: median over 9 runs of a cold service-worker start as a UI meets it. Once
 * the launched browser has settled (./browser-session), the worker is stopped (as Chromium stops
 * idle workers); then, timed inside an extension page with performance.now(), the page sends
 * `mailboxes/summary` — which wakes the worker — until the background's answer arrives. Includes
 * starting the worker, evaluating background.js, registering the listeners, opening IndexedDB
 * and answering. Before the next run the woken worker must be listed again, so that stopping it
 * really stops it (a run against a worker that was never stopped would be a warm one).
 * worker.cold-start.ratio-to-floor: the same measurement, interleaved in the same browser, of a
 * minimal extension's worker that answers any message (./browser/floor-extension.ts), from one
 * of its own pages.
 */
export const workerColdStart: FigureGroup = {
  name: 'service worker cold start',
  async collect(): Promise<Figures> {
    return withExtensionBrowser(async (eb) => {
      const floor = await installFloorExtension(eb.browser);
      const productPage = await eb.openExtensionPage('popup');
      const floorPage = await eb.browser.newPage();
      await floorPage.goto(floor.url('blank.html'));
      const productMs: number[] = [];
      const floorMs: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        productMs.push(await coldStartMs(eb.browser, eb.extensionId, productPage, { type: 'mailboxes/summary', payload: {} }));
        floorMs.push(await coldStartMs(eb.browser, floor.id, floorPage, { type: 'ping' }));
      }
      await Promise.all([productPage.close(), floorPage.close()]);
      await floor.remove();
      return {
        'worker.cold-start.ms': { value: round(median(productMs), 1), unit: 'ms', goal: null },
        'worker.cold-start.ratio-to-floor': ratio(median(productMs), { value: round(median(floorMs), 1), unit: 'ms', of: "minimal extension's worker answering one message" }, 1.5),
      };
    });
  },
};

/** Stops the extension's worker, then times one message from `page` (its own extension's page) until the answer. */
async function coldStartMs(browser: Browser, extensionId: string, page: Page, message: unknown): Promise<number> {
  const isWorker = (target: Target) => target.type() === 'service_worker' && target.url() === `chrome-extension://${extensionId}/background.js`;
  // Listed first: a worker still starting from the previous run would not be stopped. (One that
  // Chromium stopped for idleness is never listed again: it is cold already.)
  await browser.waitForTarget(isWorker, { timeout: WORKER_TIMEOUT_MS }).catch(() => undefined);
  const deadline = Date.now() + WORKER_TIMEOUT_MS;
  while (browser.targets().some(isWorker)) {
    if (Date.now() > deadline) throw new Error(`the worker of ${extensionId} did not stop`);
    // A worker already on its way out answers the detach with "No session": the loop checks again.
    await stopServiceWorkers(browser, extensionId).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { ms, ok } = await page.evaluate(async (sent: unknown) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok?: boolean }> } } }).chrome.runtime;
    const started = performance.now();
    const reply = await runtime.sendMessage(sent);
    return { ms: performance.now() - started, ok: reply?.ok === true };
  }, message);
  if (!ok) throw new Error(`the worker of ${extensionId} did not answer`);
  return ms;
}
