/**
 * Progress per resource (`{users: {done, total?}, owners: ...}`) in meta `syncProgress`. It rides
 * along in the page transactions the runner writes anyway, and only every few pages or every
 * 250 ms, so a UI subscribed to `meta` gets a steady, cheap stream of updates.
 */
import type { WriteTransaction } from '../store/access';
import type { StoreName } from '../store/db-types';
import type { SyncResource } from './job';
import type { JobProgress, SyncProgress } from './status';

export interface ProgressOptions {
  /** Write at least every this many pages... */
  everyPages?: number;
  /** ...or when this much time passed since the last write. */
  everyMs?: number;
  /** Monotonic clock in ms, injectable for tests. */
  clock?: () => number;
}

export interface ProgressTracker {
  /** Counts a stored page; the job's running total is what its checkpoint says. */
  record(resource: SyncResource, job: string, done: number, total?: number): void;
  /** Writes the counts into `tx` when due (or when `force`); true when it wrote. */
  flushIn(tx: WriteTransaction<StoreName>, now: string, force?: boolean): Promise<boolean>;
  snapshot(): SyncProgress['resources'];
}

export function createProgressTracker(passStartedAt: string, initial: SyncProgress | undefined, options: ProgressOptions = {}): ProgressTracker {
  const everyPages = options.everyPages ?? 5;
  const everyMs = options.everyMs ?? 250;
  const clock = options.clock ?? (() => performance.now());
  // Per job, so two jobs of one resource (owners) add up and a resumed job does not count twice;
  // a resumed pass starts from what was last written for it.
  const byJob = new Map<string, JobProgress>(
    initial?.passStartedAt === passStartedAt ? Object.entries(initial.jobs) : [],
  );
  let pagesSinceWrite = 0;
  let lastWrite = clock();

  function snapshot(): SyncProgress['resources'] {
    const resources: SyncProgress['resources'] = {};
    for (const { resource, done, total } of byJob.values()) {
      const sum = resources[resource];
      const sumTotal = total === undefined ? sum?.total : (sum?.total ?? 0) + total;
      resources[resource] = { done: (sum?.done ?? 0) + done, ...(sumTotal === undefined ? {} : { total: sumTotal }) };
    }
    return resources;
  }

  return {
    record(resource, job, done, total) {
      byJob.set(job, { resource, done, ...(total === undefined ? {} : { total }) });
      pagesSinceWrite += 1;
    },
    async flushIn(tx, now, force = false) {
      const due = force || pagesSinceWrite >= everyPages || clock() - lastWrite >= everyMs;
      if (!due) return false;
      const value: SyncProgress = { passStartedAt, jobs: Object.fromEntries(byJob), resources: snapshot(), updatedAt: now };
      await tx.objectStore('meta').put(value, 'syncProgress');
      pagesSinceWrite = 0;
      lastWrite = clock();
      return true;
    },
    snapshot,
  };
}
