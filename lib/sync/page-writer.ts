/**
 * The one transaction per page: the page's records, the job's checkpoint, the lease renewal and
 * (when due) progress land together or not at all. On the last page the same transaction also
 * ends the pass: the job's completion step, the sweep of unseen records and lastSyncAt. So a worker
 * killed at any point leaves either the state before the page or the state after it.
 */
import type { Mailbox } from '../model';
import type { StoreAccess, WriteTransaction } from '../store/access';
import { putAll, type PutTarget } from '../store/put-all';
import type { StoreName } from '../store/db-types';
import type { SyncCheckpoint } from '../store/records';
import type { MailboxUpdate } from '../store/repo-domain';
import type { AnySweep, JobTransaction, PageRecords, PutStore, SyncJob } from './job';
import { renewLeaseIn } from './lease';
import type { ProgressTracker } from './progress';

export interface PageWrite {
  records: PageRecords;
  checkpoint: SyncCheckpoint;
  /** Present on the last page of a pass. */
  completion?: { passStartedAt: string; completedAt: string };
  holder: string;
  progress: ProgressTracker;
}

/** A put on a store chosen at run time; each job's toRecords is typed per store already. */
type LoosePut = PutTarget<unknown>;

/** Every record of the page is issued before any is awaited (see putAll): one round of waiting. */
async function putRecords(tx: JobTransaction, records: PageRecords): Promise<void> {
  const writes: Promise<void>[] = [];
  for (const [store, values] of Object.entries(records) as [PutStore | 'mailboxes', unknown[] | undefined][]) {
    if (store === 'mailboxes' || !values) continue;
    writes.push(putAll(tx.objectStore(store) as unknown as LoosePut, values));
  }
  await Promise.all(writes);
}

/** Merges like repo.upsertMailbox: what the update does not know keeps its stored value. */
async function mergeMailboxes(tx: JobTransaction, updates: readonly MailboxUpdate[], now: string): Promise<void> {
  const store = tx.objectStore('mailboxes');
  const addresses = [...new Set(updates.map((update) => update.address))];
  const stored = await Promise.all(addresses.map((address) => store.get(address)));
  const merged = new Map<string, Mailbox | undefined>(addresses.map((address, index) => [address, stored[index]]));
  // In page order, so a later update of the same address merges onto the earlier one.
  for (const update of updates) {
    const existing = merged.get(update.address);
    const known = Object.fromEntries(Object.entries(update).filter(([, value]) => value !== undefined));
    merged.set(update.address, {
      provider: 'unknown',
      kind: 'personal',
      ...existing,
      ...known,
      address: update.address,
      firstSeenAt: existing?.firstSeenAt ?? now,
      updatedAt: now,
    });
  }
  await putAll(store, [...merged.values()].filter((mailbox): mailbox is Mailbox => mailbox !== undefined));
}

async function sweep(tx: JobTransaction, sweeps: readonly AnySweep[], passStartedAt: string, goneAt: string): Promise<void> {
  for (const rule of sweeps) {
    const store = tx.objectStore(rule.store) as unknown as LoosePut & { getAll(): Promise<unknown[]> };
    const gone = (await store.getAll()).map((record) => rule.apply(record, passStartedAt, goneAt)).filter((record) => record !== undefined);
    await putAll(store, gone);
  }
}

async function stampLastSync(tx: WriteTransaction<StoreName>, job: string, at: string): Promise<void> {
  const meta = tx.objectStore('meta');
  const previous = ((await meta.get('lastSyncAt')) ?? {}) as Record<string, string>;
  await meta.put({ ...previous, [job]: at }, 'lastSyncAt');
}

export function storesOf(job: Pick<SyncJob<unknown, unknown, unknown>, 'stores'>): StoreName[] {
  return [...new Set<StoreName>([...job.stores, 'syncState', 'meta'])];
}

export async function writePage<C, T, L>(access: StoreAccess, job: SyncJob<C, T, L>, write: PageWrite): Promise<void> {
  const now = access.now();
  await access.write(storesOf(job), async (tx) => {
    await renewLeaseIn(tx, write.holder, now);
    await putRecords(tx, write.records);
    if (write.records.mailboxes?.length) await mergeMailboxes(tx, write.records.mailboxes, now);
    if (write.completion) {
      const { passStartedAt, completedAt } = write.completion;
      await job.complete?.(tx, write.completion);
      await sweep(tx, job.sweeps, passStartedAt, completedAt);
      await stampLastSync(tx, job.name, completedAt);
    }
    await tx.objectStore('syncState').put(write.checkpoint);
    await write.progress.flushIn(tx, now, write.completion !== undefined);
  });
}
