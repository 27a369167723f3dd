// idb's wrappers need the IndexedDB globals (IDBRequest...), which Node lacks.
import 'fake-indexeddb/auto';
import { createHubSpotClient } from '../lib/clients/hubspot/client';
import { createSyncEnvironment } from '../lib/sync/environment';
import { runSyncPass } from '../lib/sync/pass';
import { leastTimeMs } from './sync/bounds';
import { benchWorld } from './sync/bench-world';
import { leastHubSpotRequests } from './sync/least-requests';
import { installVirtualClock } from './sync/virtual-clock';
import { virtualHubSpot } from './sync/virtual-hubspot';
import { ratio, type BenchContext, type FigureGroup, type Figures } from './figure';

const USERS = 10_000;
const CHANNEL_ACCOUNTS = 1_000;
/** HubSpot's lowest limit (Free/Starter, hubspot.md §6), so the limiter must wait between windows. */
const LIMIT_PER_WINDOW = 100;
const WINDOW_MS = 10_000;

/**
 * sync.full.*: one full HubSpot pass of the real lib/sync with the real lib/clients (limiter,
 * retries, paging at the product's page sizes) against the in-process sandbox (createSandbox) with
 * 10,000 users (each with an owner) and 1,000 channel accounts at 100 requests / 10 s, into
 * fake-indexeddb. On a VIRTUAL clock (bench/sync/virtual-clock.ts): the clients, the store and the
 * sandbox world all read the same faked Date/setTimeout, so the pass's elapsed time is the
 * simulated time it spent waiting for the limit: a fast regression check of the limiter (the real
 * thing, on the real clock in Chromium, is ./sync-browser.ts).
 *
 * - ratio-to-rate-limit-bound = simulated time / leastTimeMs(answered requests) (goal ≤ 1.10);
 *   "answered" = every API request the sandbox answered other than with 429.
 * - 429-received: 429 answers the sync got (the limiter aims for 0).
 * - requests.ratio-to-least = API requests sent (429s included) / the fewest the page maxima allow
 *   for this world (bench/sync/least-requests.ts; goal ≤ 1.05).
 * - node-cpu-ms: CPU time (user + system, process.cpuUsage) of this Node process during the pass:
 *   the sync, the in-process sandbox and fake-indexeddb together, not the browser's cost.
 */
export const syncFull: FigureGroup = {
  name: 'full sync (virtual clock)',
  async collect({ repoRoot }: BenchContext): Promise<Figures> {
    const world = await benchWorld(repoRoot, USERS, CHANNEL_ACCOUNTS, LIMIT_PER_WINDOW);
    const clock = installVirtualClock();
    try {
      const { sandbox, access, fetch } = await virtualHubSpot(world, clock);
      const env = createSyncEnvironment(access, { hubspot: (getToken) => createHubSpotClient({ getToken, fetch }) });

      const cpuStarted = process.cpuUsage();
      const started = Date.now();
      const result = await clock.drive(runSyncPass(env));
      const elapsedMs = Date.now() - started;
      const cpu = process.cpuUsage(cpuStarted);

      const db = await clock.drive(access.db());
      const counts = await clock.drive(Promise.all([db.count('crmUsers'), db.count('owners'), db.count('channelAccounts')]));
      if (result.status?.state !== 'idle' || counts.join() !== [USERS, USERS, CHANNEL_ACCOUNTS].join()) {
        throw new Error(`the benchmark sync did not complete: ${JSON.stringify(result.status)}, stored ${counts.join('/')}`);
      }
      const api = sandbox.world.requests.filter((entry) => entry.host === 'api.hubapi.com');
      const answered = api.filter((entry) => entry.status !== 429).length;
      const bound = leastTimeMs(answered, LIMIT_PER_WINDOW, WINDOW_MS);
      const least = leastHubSpotRequests(world);
      return {
        'sync.full.ratio-to-rate-limit-bound': ratio(elapsedMs, { value: bound, unit: 'ms', of: `least time ${answered} requests need at ${LIMIT_PER_WINDOW}/10 s` }, 1.1),
        'sync.full.429-received': { value: api.length - answered, unit: 'count', goal: null },
        'sync.full.requests': { value: api.length, unit: 'count', goal: null },
        'sync.full.requests.ratio-to-least': ratio(api.length, { value: least, unit: 'requests', of: 'fewest the page maxima allow' }, 1.05),
        'sync.full.simulated-ms': { value: elapsedMs, unit: 'ms', goal: null },
        'sync.full.node-cpu-ms': { value: Math.round((cpu.user + cpu.system) / 1000), unit: 'ms', goal: null },
      };
    } finally {
      clock.uninstall();
    }
  },
};
