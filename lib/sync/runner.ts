/**
 * Runs one job page by page. Each page is written with the job's checkpoint in one transaction
 * (page-writer.ts), so a worker killed between pages resumes at the saved cursor: pages already
 * stored are not fetched again, and a page fetched but not stored is fetched again and replaces
 * nothing twice (stable keys, idempotent puts). A resumed pass keeps its first passStartedAt, so
 * the sweep at its end judges "unseen" against the whole pass.
 */
import type { StoreAccess } from '../store/access';
import type { SyncCheckpoint } from '../store/records';
import type { JobPage, SyncJob } from './job';
import { writePage } from './page-writer';
import type { ProgressTracker } from './progress';

export interface RunContext {
  access: StoreAccess;
  /** This run's lease id (lease.ts). */
  holder: string;
  progress: ProgressTracker;
  /** Aborting stops before the next fetch or write; what is stored stays consistent. */
  signal?: AbortSignal;
}

export interface JobRun {
  pages: number;
  /** Items stored in this pass so far, resumed pages included. */
  done: number;
  /** Whether the pass resumed from a checkpoint. */
  resumed: boolean;
}

export async function runJob<C, T, L>(job: SyncJob<C, T, L>, client: C, ctx: RunContext): Promise<JobRun> {
  const { access } = ctx;
  const db = await access.db();
  const saved = await db.get('syncState', job.name);
  const resumed = saved?.passStartedAt !== undefined;
  const passStartedAt = saved?.passStartedAt ?? access.now();
  let cursor = resumed ? saved?.cursor : undefined;
  let done = resumed ? (saved?.done ?? 0) : 0;
  let total = resumed ? saved?.total : undefined;
  const lookup = job.prepare ? await job.prepare(db) : (undefined as L);
  let pages = 0;

  // The next page is asked for while this one is written, so the answer's wait and the write's
  // overlap instead of adding up (cursor paging is otherwise strictly serial). Nothing changes for
  // a kill or a failure: a page counts only once its transaction committed, and a fetched page
  // whose turn never comes is simply fetched again by the resumed run.
  let prefetched: Promise<JobPage<T>> | undefined;
  for (;;) {
    ctx.signal?.throwIfAborted();
    const page = await (prefetched ?? job.fetchPage(client, cursor, lookup));
    prefetched = undefined;
    // Stopped while the request was in flight: store nothing, the checkpoint still points here.
    ctx.signal?.throwIfAborted();
    const syncedAt = access.now();
    // Shape errors surface here, before any write: the store keeps the previous state.
    const records = job.toRecords(page.results, { syncedAt, lookup });
    done += page.results.length;
    total = page.total ?? total;
    const last = !page.nextAfter;
    const checkpoint: SyncCheckpoint = last
      ? { job: job.name, lastCompletedAt: syncedAt, updatedAt: syncedAt }
      : {
          job: job.name,
          cursor: page.nextAfter,
          passStartedAt,
          ...(saved?.lastCompletedAt ? { lastCompletedAt: saved.lastCompletedAt } : {}),
          done,
          ...(total === undefined ? {} : { total }),
          updatedAt: syncedAt,
        };
    ctx.progress.record(job.resource, job.name, done, total);
    if (!last) {
      prefetched = job.fetchPage(client, page.nextAfter, lookup);
      // Its failure is met when its turn comes; if this write fails first, it is never awaited.
      prefetched.catch(() => undefined);
    }
    await writePage(access, job, {
      records,
      checkpoint,
      holder: ctx.holder,
      progress: ctx.progress,
      ...(last ? { completion: { passStartedAt, completedAt: syncedAt } } : {}),
    });
    pages += 1;
    if (last) return { pages, done, resumed };
    cursor = page.nextAfter;
  }
}
