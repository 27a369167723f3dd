import { bundleForBrowser } from './browser/bundle';
import { withExtensionBrowser } from './browser-session';
import type { BenchContext, FigureGroup, Figures } from './figure';

const USERS = 10_000;
const WRITE_RUNS = 5;
const MAILBOXES = 2_000;
const READ_SAMPLES = 101;

interface IdbBench {
  writeUsers(count: number, runs: number): Promise<{ medianMs: number; runsMs: number[]; rawMedianMs: number; rawRunsMs: number[] }>;
  seedMailboxes(count: number): Promise<string[]>;
  readFacts(addresses: string[], samples: number): Promise<{ medianMs: number; found: number }>;
}

/**
 * idb.*: IndexedDB through lib/store in Chromium, inside an extension page of the built
 * extension (its origin, its database), timed with the page's performance.now():
 * - idb.write-10k.ms: median of 5 runs storing 10,000 CrmUser records the way the sync stores a
 *   page (lib/sync/page-writer.ts writePage: one readwrite transaction with lease, records,
 *   checkpoint and progress, commit included), the store emptied before each run.
 * - idb.write-10k.raw-ms: the same records put with IndexedDB's own API in one transaction,
 *   interleaved with those runs: this browser's floor on this machine.
 * - idb.write-10k.ratio-to-raw: the two medians divided: what lib/store and lib/sync add, a figure
 *   that does not move with the machine's load.
 * - idb.read-mailbox.ms: median of readMailboxFacts (lib/status/read-facts.ts: mailbox,
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
        (count, runs) => (globalThis as unknown as { inboxlinkIdbBench: IdbBench }).inboxlinkIdbBench.writeUsers(count, runs),
        USERS,
        WRITE_RUNS,
      );
      const read = await page.evaluate(async (count, samples) => {
        const bench = (globalThis as unknown as { inboxlinkIdbBench: IdbBench }).inboxlinkIdbBench;
        return bench.readFacts(await bench.seedMailboxes(count), samples);
      }, MAILBOXES, READ_SAMPLES);
      if (read.found !== READ_SAMPLES) throw new Error(`readMailboxFacts found facts for ${read.found} of ${READ_SAMPLES} addresses`);
      await page.close();
      return {
        'idb.write-10k.ms': { value: round(write.medianMs), unit: 'ms', goal: 300 },
        'idb.write-10k.raw-ms': { value: round(write.rawMedianMs), unit: 'ms', goal: null },
        'idb.write-10k.ratio-to-raw': { value: Math.round((write.medianMs / write.rawMedianMs) * 100) / 100, unit: 'x', goal: 1.2 },
        'idb.read-mailbox.ms': { value: round(read.medianMs), unit: 'ms', goal: 5 },
      };
    });
  },
};

const round = (value: number): number => Math.round(value * 10) / 10;
