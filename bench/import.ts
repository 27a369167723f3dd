// idb's wrappers need the IndexedDB globals (IDBRequest...), which Node lacks.
import 'fake-indexeddb/auto';
import { runImport } from '../lib/background/people/import-runner';
import { storedImportClient } from '../lib/background/people/import-service';
import { startImport } from '../lib/background/people/import-start';
import { leastTimeMs } from './sync/bounds';
import { benchWorld } from './sync/bench-world';
import { installVirtualClock } from './sync/virtual-clock';
import { virtualHubSpot } from './sync/virtual-hubspot';
import { ratio, type BenchContext, type FigureGroup, type Figures } from './figure';

const NEW_USERS = 1_000;
/** HubSpot's lowest limit (Free/Starter, hubspot.md §6): the import must wait between windows. */
const LIMIT_PER_WINDOW = 100;
const WINDOW_MS = 10_000;
const USERS_PATH = '/settings/v3/users/';

/**
 * import.*: a CSV import of 1,000 new users by the real import runner (lib/background/people:
 * an intent before and a result after each create, in the store) with the real HubSpot client
 * and its limiter, against the in-process sandbox at 100 requests / 10 s, into fake-indexeddb,
 * on the same VIRTUAL clock as sync.full (bench/sync/virtual-clock.ts): the elapsed time is the
 * simulated time the import spent waiting for the limit.
 * - ratio-to-rate-limit-bound = simulated time / leastTimeMs(answered API requests) (goal ≤ 1.10);
 *   "answered" = every request the sandbox answered other than with 429.
 * - 429-received: 429 answers the import got (the limiter aims for 0; a 429 is sent again).
 * - posts: create calls sent; must equal the 1,000 users (no address created twice).
 */
export const importFigures: FigureGroup = {
  name: 'user import (virtual clock)',
  async collect({ repoRoot }: BenchContext): Promise<Figures> {
    const world = await benchWorld(repoRoot, 10, 0, LIMIT_PER_WINDOW);
    const clock = installVirtualClock();
    try {
      const { sandbox, access, fetch } = await virtualHubSpot(world, clock);
      const entries = Array.from({ length: NEW_USERS }, (_, index) => ({ input: `new.user${index}@nordlicht.example`, line: index + 2 }));
      const started = await clock.drive(startImport(access, { source: 'csv', entries, settings: { secondaryTeamIds: [], sendWelcomeEmail: false } }, 'bench@nordlicht.example', () => 'bench-import'));
      if (!('importId' in started)) throw new Error(`the benchmark import was refused: ${started.refused}`);

      const before = Date.now();
      const outcome = await clock.drive(runImport({ access, client: storedImportClient(access, fetch), actor: 'bench@nordlicht.example' }, started.importId));
      const elapsedMs = Date.now() - before;

      const record = await clock.drive((async () => (await access.db()).get('imports', started.importId))());
      const api = sandbox.world.requests.filter((entry) => entry.host === 'api.hubapi.com');
      const posts = api.filter((entry) => entry.method === 'POST' && entry.path === USERS_PATH && entry.status !== 429).length;
      if (outcome !== 'done' || record?.counts.created !== NEW_USERS || posts !== NEW_USERS) {
        throw new Error(`the benchmark import did not create each user once: ${outcome}, ${JSON.stringify(record?.counts)}, ${posts} creates answered`);
      }
      const answered = api.filter((entry) => entry.status !== 429).length;
      const bound = leastTimeMs(answered, LIMIT_PER_WINDOW, WINDOW_MS);
      return {
        'import.ratio-to-rate-limit-bound': ratio(elapsedMs, { value: bound, unit: 'ms', of: `least time ${answered} requests need at ${LIMIT_PER_WINDOW}/10 s` }, 1.1),
        'import.simulated-ms': { value: elapsedMs, unit: 'ms', goal: null },
        'import.429-received': { value: api.length - answered, unit: 'count', goal: null },
        'import.posts': { value: posts, unit: 'count', goal: null },
      };
    } finally {
      clock.uninstall();
    }
  },
};
