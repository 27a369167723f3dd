import type { Target } from 'puppeteer';
import { withExtensionBrowser } from './browser-session';
import type { FigureGroup, Figures } from './figure';

const RUNS = 9;

/**
 * worker.cold-start.ms: median over 9 runs of a cold service-worker start as a UI meets it. Once
 * the launched browser has settled (./browser-session), the worker is stopped (as Chromium stops
 * idle workers); then, timed inside an extension page with performance.now(), the page sends
 * `mailboxes/summary` — which wakes the worker — until the background's answer arrives. Includes
 * starting the worker, evaluating background.js, registering the listeners, opening IndexedDB
 * and answering. Before the next run the woken worker must be listed again, so that stopping it
 * really stops it (a run against a worker that was never stopped would be a warm one).
 */
export const workerColdStart: FigureGroup = {
  name: 'service worker cold start',
  async collect(): Promise<Figures> {
    return withExtensionBrowser(async (eb) => {
      const page = await eb.openExtensionPage('popup');
      const isOurWorker = (target: Target) =>
        target.type() === 'service_worker' && target.url() === `chrome-extension://${eb.extensionId}/background.js`;
      const runsMs: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await eb.stopWorker();
        const { ms, ok } = await page.evaluate(async () => {
          const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok?: boolean }> } } }).chrome.runtime;
          const started = performance.now();
          const reply = await runtime.sendMessage({ type: 'mailboxes/summary', payload: {} });
          return { ms: performance.now() - started, ok: reply?.ok === true };
        });
        if (!ok) throw new Error('the background did not answer mailboxes/summary');
        runsMs.push(ms);
        await eb.browser.waitForTarget(isOurWorker, { timeout: 15_000 });
      }
      await page.close();
      const median = [...runsMs].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? NaN;
      return { 'worker.cold-start.ms': { value: Math.round(median * 10) / 10, unit: 'ms', goal: 60 } };
    });
  },
};
