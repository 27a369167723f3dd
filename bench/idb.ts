import { HUBSPOT_PAGE_MAX } from '../lib/clients/hubspot/page-limits';
import { bundleForBrowser } from './browser/bundle';
import { withExtensionBrowser } from './browser-session';
import { ratio, type BenchContext, type FigureGroup, type Figures } from './figure';

const USERS = 10_000;
const WRITE_RUNS = 5;
const MAILBOXES = 2_000;
const READ_SAMPLES = 101;

interface IdbBench {
  writeUsers(count: number, runs: number, pageSize: number): Promise<{ medianMs: number; runsMs: number[]; rawMedianMs: number; rawRunsMs: number[] }>;
  seedMailboxes(count: number): Promise<string[]>;
  readFacts(addresses: string[], samples: number): Promise<{ medianMs: number; found: number }>;
}

/**
 * idb.*: IndexedDB through lib/store in Chromium, inside an extension page of the built
 * extension (its origin, its database), timed with the page's performance.now():
 * - idb.write-10k.ms: median of 5 runs storing 10,000 CrmUser records the way the sync stores
 *   them: pages of 100 (the users API's page, HUBSPOT_PAGE_MAX.users), each through
 *   lib/sync/page-writer.ts writePage (one readwrite transaction with lease, records, checkpoint
 *   and progress, commit included), one page after the other; the store emptied before each run.
 * - idb.write-10k.ratio-to-raw: that divided by the same records put with IndexedDB's own API,
 *   one transaction per page of 100, one after the other, interleaved with those runs: this
 *   browser's floor on this machine, so the ratio says what lib/store and lib/sync add.
 * - idb.read-mailbox.ms: median of readMailboxFacts (lib/store/reads/mailbox-facts.ts: mailbox,
 *   observations, channel accounts and grants of one address in one transaction) over 101
 *   addresses, from a store holding 2,000 mailboxes with their facts.
 */
export const idbFigures: FigureGroup = {
  name: 'IndexedDB in Chromium',
  async collect({ repoRoot }: BenchContext): Promise<Figures> {
    const script = await bundleForBrowser(repoRoot, 'bench/browser/idb-entry.ts');
    return withExtensionBrowser(async (eb) => {
      // The popup is the lightest extension page; its own reads do not touch crmUsers.
      const page = await eb.openExtensionPage('popup');
      await page.evaluate(script);
      const write = await page.evaluate(
        (count, runs, pageSize) => (globalThis as unknown as { inboxlinkIdbBench: IdbBench }).inboxlinkIdbBench.writeUsers(count, runs, pageSize),
        USERS,
        WRITE_RUNS,
        HUBSPOT_PAGE_MAX.users,
      );
      const read = await page.evaluate(async (count, samples) => {
        const bench = (globalThis as unknown as { inboxlinkIdbBench: IdbBench }).inboxlinkIdbBench;
        return bench.readFacts(await bench.seedMailboxes(count), samples);
      }, MAILBOXES, READ_SAMPLES);
      if (read.found !== READ_SAMPLES) throw new Error(`readMailboxFacts found facts for ${read.found} of ${READ_SAMPLES} addresses`);
      await page.close();
      return {
        'idb.write-10k.ms': { value: round(write.medianMs), unit: 'ms', goal: null },
        'idb.write-10k.ratio-to-raw': ratio(write.medianMs, { value: round(write.rawMedianMs), unit: 'ms', of: `plain IndexedDB puts, same pages of ${HUBSPOT_PAGE_MAX.users}` }, 1.2),
        'idb.read-mailbox.ms': { value: round(read.medianMs), unit: 'ms', goal: 5 },
      };
    });
  },
};

const round = (value: number): number => Math.round(value * 10) / 10;
