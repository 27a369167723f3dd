import type { WebWorker } from 'puppeteer';
import { connectHubSpot, syncSelectors, waitForSyncEnd } from '../e2e/pages/sync-panel.page';
import { clearSyncAlarms, readSyncMeta } from '../e2e/pages/sync-store.page';
import { longestMs, traceMainThreadTasks } from './browser/main-thread-tasks';
import { round, withExtensionBrowser } from './browser-session';
import { ratio, type BenchContext, type FigureGroup, type Figures } from './figure';
import { leastTimeMs, unrecovered } from './sync/bounds';
import { BENCH_FLOOR_TOKEN, benchWorld } from './sync/bench-world';
import { walkListsBare } from './sync/floor-walk';

const USERS = 10_000;
const CHANNEL_ACCOUNTS = 1_000;
/** HubSpot's Professional/Enterprise limit (hubspot.md §6): keeps the real-clock run short. */
const LIMIT_PER_WINDOW = 190;
const WINDOW_MS = 10_000;
const SYNC_TIMEOUT_MS = 180_000;

/**
 * sync.browser.*: a full HubSpot sync where it really runs — the built extension's service worker
 * in Chromium, over HTTPS to the sandbox, on the real clock — with 10,000 users (each with an
 * owner) and 1,000 channel accounts at 190 requests / 10 s, while the side panel is open.
 *
 * HubSpot is connected on the options page as a user does; its first sync fills the cache. Then,
 * with the side panel open in front (the only extension page open), "Sync now" is clicked there:
 * the measured pass, a full pass over a full cache (every pass reads every list and rewrites every
 * record). Its time is the pass's own, passStartedAt to the end status, on the worker's clock.
 *
 * - ratio-to-rate-limit-bound = pass time / the least time this pass could take (goal ≤ 1.10):
 *   the larger of the rate limit's least time for its requests (leastTimeMs: 190 go at once, each
 *   further 190 a window later) and the floor: the same lists walked by a bare fetch loop in the
 *   same worker, on its own token (./sync/floor-walk.ts). At the page maxima this world needs
 *   ~130 requests, fewer than one window holds, so the floor is what bounds it.
 * - 429-received / 429-unrecovered: 429 answers to the pass, and those never followed by a
 *   successful answer to the same request (goal 0).
 * - longest-task.ms: the longest task the side panel's main thread ran while the pass ran (a
 *   Chromium trace: ./browser/main-thread-tasks.ts); goal ≤ 50 (no long task).
 */
export const syncBrowser: FigureGroup = {
  name: 'full sync in Chromium (real clock)',
  async collect({ repoRoot }: BenchContext): Promise<Figures> {
    const world = await benchWorld(repoRoot, USERS, CHANNEL_ACCOUNTS, LIMIT_PER_WINDOW);
    return withExtensionBrowser(async (eb, sandbox) => {
      await connectHubSpot(eb, world);
      await waitForSyncEnd(eb, { timeoutMs: SYNC_TIMEOUT_MS });
      const firstPass = await readSyncMeta(await eb.worker());
      if (firstPass.status?.state !== 'idle') throw new Error(`the first sync ended ${JSON.stringify(firstPass.status)}`);

      // The periodic alarm's first pass (a minute after install) must not run into the measured one.
      await clearSyncAlarms(await eb.worker());
      const floor = await walkListsBare(await eb.worker(), world, BENCH_FLOOR_TOKEN, LIMIT_PER_WINDOW);

      const panel = await eb.openExtensionPage('sidepanel');
      await panel.waitForSelector('[data-testid="mailbox-row"]', { timeout: 30_000 });
      await panel.bringToFront();
      const logBefore = (await sandbox.requests()).at(-1)?.seq ?? 0;
      const trace = await traceMainThreadTasks(panel);
      const clickedAt = await (await eb.worker()).evaluate(() => Date.now());
      await panel.click('[data-testid="sync-now"]');
      await panel.waitForSelector(syncSelectors.statusIn('running'), { timeout: 30_000 });
      const status = await waitForSyncEnd(eb, { since: firstPass.status.updatedAt, timeoutMs: SYNC_TIMEOUT_MS });
      const tasks = await trace.stop();
      await panel.close();
      if (status.state !== 'idle') throw new Error(`the measured sync ended ${JSON.stringify(status)}`);

      const pass = await passTimes(await eb.worker());
      if (pass.started < clickedAt) throw new Error(`the pass that ended began ${clickedAt - pass.started} ms before "Sync now" was clicked: not the measured one`);
      const passMs = pass.ended - pass.started;
      await expectStored(await eb.worker());
      const api = (await sandbox.requests()).filter((entry) => entry.seq > logBefore && entry.host === 'api.hubapi.com');
      const throttled = api.filter((entry) => entry.status === 429);
      if (api.length - throttled.length !== floor.requests) throw new Error(`the measured pass was answered ${api.length - throttled.length} requests, the same lists need ${floor.requests}: another pass ran alongside (answered: ${requestsByPath(api.filter((entry) => entry.status !== 429))})`);
      const rateBound = leastTimeMs(api.length - throttled.length, LIMIT_PER_WINDOW, WINDOW_MS);
      const bound = Math.max(rateBound, floor.ms);
      return {
        'sync.browser.ratio-to-rate-limit-bound': ratio(passMs, { value: round(bound, 0), unit: 'ms', of: rateBound >= floor.ms ? `rate limit's least time, ${LIMIT_PER_WINDOW}/10 s` : 'bare request loop in the worker' }, 1.1),
        'sync.browser.ms': { value: round(passMs, 0), unit: 'ms', goal: null },
        'sync.browser.floor-ms': { value: round(floor.ms, 0), unit: 'ms', goal: null },
        'sync.browser.rate-limit-bound-ms': { value: rateBound, unit: 'ms', goal: null },
        'sync.browser.requests': { value: api.length, unit: 'count', goal: null },
        'sync.browser.429-received': { value: throttled.length, unit: 'count', goal: null },
        'sync.browser.429-unrecovered': { value: unrecovered(api).length, unit: 'count', goal: 0 },
        'sync.browser.longest-task.ms': { value: round(longestMs(tasks), 1), unit: 'ms', goal: 50 },
      };
    }, world);
  },
};

/** The last pass's start (syncProgress) and end (its status) on the worker's clock, ms since the epoch. */
async function passTimes(worker: WebWorker): Promise<{ started: number; ended: number }> {
  // No named function inside: tsx would wrap it in a __name() helper the worker does not have.
  const { started, ended } = await worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('inboxlink');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const meta = db.transaction('meta').objectStore('meta');
    const [progress, status] = await Promise.all(
      ['syncProgress', 'syncStatus'].map((key) => new Promise<{ passStartedAt?: string; updatedAt?: string } | undefined>((resolve, reject) => {
        const request = meta.get(key);
        request.onsuccess = () => resolve(request.result as { passStartedAt?: string; updatedAt?: string } | undefined);
        request.onerror = () => reject(request.error);
      })),
    );
    db.close();
    return { started: progress?.passStartedAt, ended: status?.updatedAt };
  });
  if (!started || !ended) throw new Error(`no pass times in the store (start ${started}, end ${ended})`);
  return { started: Date.parse(started), ended: Date.parse(ended) };
}

/** The pass must have stored the whole world, or its time would mean nothing. */
async function expectStored(worker: WebWorker): Promise<void> {
  const counts = await worker.evaluate(async (stores: string[]) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('inboxlink');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(stores);
    const result = await Promise.all(
      stores.map((name) => new Promise<number>((resolve, reject) => {
        const request = tx.objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      })),
    );
    db.close();
    return result;
  }, ['crmUsers', 'owners', 'channelAccounts']);
  if (counts.join() !== [USERS, USERS, CHANNEL_ACCOUNTS].join()) throw new Error(`the sync stored ${counts.join('/')} users/owners/channel accounts`);
}

/** "path ×count" for each path (query left out) the log holds, to say what ran beside the pass. */
function requestsByPath(entries: readonly { path: string }[]): string {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const path = entry.path.replace(/\?.*$/, '');
    counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  return [...counts].map(([path, count]) => `${path} ×${count}`).join(', ');
}
