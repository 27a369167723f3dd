/**
 * One sync pass: every planned job in order, under the single-flight lease, ending in a status
 * the UI can show. A pass that stops early (offline, backing off, killed) stays open in the `pass`
 * checkpoint: the next run resumes it, skipping the jobs it already finished and continuing the
 * one in progress from its cursor.
 */
import type { StoreAccess } from '../store/access';
import type { SyncClients } from './clients';
import { describeError, errorKind, missingScopesOf, retryAfterMsOf, type ErrorKind } from './errors';
import { planJobs, type PlannedJob } from './jobs/index';
import type { JobOptions } from './jobs/options';
import { acquireLease, newRunHolder, releaseLease } from './lease';
import { createProgressTracker, type ProgressOptions } from './progress';
import { recordRun, runErrorOf } from './runs';
import { PASS_KEY, worstState, type SyncState, type SyncStatus } from './status';
import type { SyncRunError } from '../model';

export interface SyncEnvironment {
  access: StoreAccess;
  /** Clients for the providers that have a credential, built fresh for each pass. */
  clients(): Promise<SyncClients>;
  jobOptions?: JobOptions;
  progress?: ProgressOptions;
  /** A unique id per run (the lease holder). */
  newRunId?: () => string;
}

export interface PassResult {
  /** False when another run held the lease: nothing was done. */
  ran: boolean;
  status: SyncStatus | undefined;
  /** The pass was stopped for a newer one the user asked for (in-flight.ts), which reads everything again. */
  superseded?: boolean;
}

const MINUTE = 60_000;
/** Chrome fires alarms at most every 30 s; backoff doubles from 1 min up to 30 min. */
export function backoffMs(attempt: number): number {
  return Math.min(30 * MINUTE, MINUTE * 2 ** Math.max(0, attempt));
}

interface Stop {
  state: Extract<SyncState, 'offline' | 'backing-off' | 'reconnect-hubspot'>;
  error: unknown;
}

interface Tally {
  stop?: Stop;
  scopes: string[];
  skipped: { job: string; reason: string }[];
  states: SyncState[];
  lastError?: string;
  /** Every job failure of the pass, for the sync history (runs.ts). */
  errors: SyncRunError[];
}

/** What a job's failure means for the rest of the pass. */
function judge(job: PlannedJob, kind: ErrorKind, error: unknown, tally: Tally): void {
  tally.lastError = `${job.name}: ${describeError(error)}`;
  tally.errors.push(runErrorOf(job.name, kind, error));
  if (kind === 'offline') tally.stop = { state: 'offline', error };
  else if (kind === 'retry-later') tally.stop = { state: 'backing-off', error };
  else if (kind === 'auth' && job.provider === 'hubspot') tally.stop = { state: 'reconnect-hubspot', error };
  else if (kind === 'missing-scope') {
    const scopes = missingScopesOf(error);
    tally.scopes.push(...scopes.filter((scope) => !tally.scopes.includes(scope)));
    tally.skipped.push({ job: job.name, reason: `missing-scope${scopes.length ? `: ${scopes.join(' ')}` : ''}` });
    tally.states.push('missing-scope');
  } else {
    // Malformed answers, a provider token refused, anything unexpected: skip the job, go on.
    tally.skipped.push({ job: job.name, reason: kind });
    tally.states.push('error');
  }
}

/**
 * A pass left open longer than this (stopped by a 401 the user fixed days later) starts over, so
 * jobs it finished long ago run again; jobs with a cursor still resume from it.
 */
export const MAX_OPEN_PASS_MS = 60 * MINUTE;

async function beginPass(access: StoreAccess, fresh: boolean): Promise<string> {
  return access.write(['syncState'], async (tx) => {
    const store = tx.objectStore('syncState');
    const open = await store.get(PASS_KEY);
    const now = access.now();
    if (!fresh && open?.passStartedAt && Date.parse(now) - Date.parse(open.passStartedAt) < MAX_OPEN_PASS_MS) return open.passStartedAt;
    const passStartedAt = now;
    await store.put({ ...open, job: PASS_KEY, passStartedAt, updatedAt: passStartedAt });
    return passStartedAt;
  });
}

async function finishPass(access: StoreAccess, status: SyncStatus, passComplete: boolean, run: { startedAt: string; errors: SyncRunError[] }): Promise<void> {
  await access.write(['syncState', 'meta', 'syncRuns'], async (tx) => {
    if (passComplete) {
      await tx.objectStore('syncState').put({ job: PASS_KEY, lastCompletedAt: status.updatedAt, updatedAt: status.updatedAt });
    }
    await tx.objectStore('meta').put(status, 'syncStatus');
    // Keyed by the pass's start: a resumed pass updates its own record instead of adding one.
    await recordRun(tx.objectStore('syncRuns'), { startedAt: run.startedAt, endedAt: status.updatedAt, state: status.state, errors: run.errors });
  });
}

async function noteJobError(access: StoreAccess, job: string, error: unknown): Promise<void> {
  await access.write(['syncState'], async (tx) => {
    const store = tx.objectStore('syncState');
    const saved = await store.get(job);
    await store.put({ ...saved, job, lastError: describeError(error), updatedAt: access.now() });
  });
}

export async function readSyncStatus(access: StoreAccess): Promise<SyncStatus | undefined> {
  return (await (await access.db()).get('meta', 'syncStatus')) as SyncStatus | undefined;
}

async function setRunning(access: StoreAccess, previous: SyncStatus | undefined): Promise<void> {
  const now = access.now();
  const running: SyncStatus = {
    state: 'running',
    ...(previous?.lastCompletedAt ? { lastCompletedAt: previous.lastCompletedAt } : {}),
    ...(previous?.attempt ? { attempt: previous.attempt } : {}),
    updatedAt: now,
  };
  await access.write(['meta'], (tx) => tx.objectStore('meta').put(running, 'syncStatus'));
}

function endStatus(tally: Tally, previous: SyncStatus | undefined, now: string): SyncStatus {
  const common = {
    ...(tally.scopes.length ? { scopes: tally.scopes } : {}),
    ...(tally.lastError ? { lastError: tally.lastError } : {}),
    ...(tally.skipped.length ? { skipped: tally.skipped } : {}),
    updatedAt: now,
  };
  if (tally.stop) {
    const attempt = (previous?.attempt ?? 0) + 1;
    const wait = Math.max(retryAfterMsOf(tally.stop.error) ?? 0, backoffMs(attempt - 1));
    // After a 401 only the user can help: no retry time, the UI asks to reconnect.
    const retryAt = tally.stop.state === 'reconnect-hubspot' ? undefined : new Date(Date.parse(now) + wait).toISOString();
    return {
      state: tally.stop.state,
      ...common,
      ...(previous?.lastCompletedAt ? { lastCompletedAt: previous.lastCompletedAt } : {}),
      ...(retryAt ? { retryAt } : {}),
      attempt,
    };
  }
  return { state: worstState(tally.states), ...common, lastCompletedAt: now };
}

export interface PassOptions {
  /** Aborting stops the pass before its next fetch or write; it stays open for the next run. */
  signal?: AbortSignal;
  /**
   * This pass replaces passes of this worker that were just stopped (a user's "Sync now",
   * in-flight.ts): it takes their lease over and starts the pass afresh, so the jobs they had
   * finished run again (a job with a cursor still resumes from it).
   */
  supersedes?: boolean;
}

/** Runs (or resumes) one pass unless another run holds the lease. */
export async function runSyncPass(env: SyncEnvironment, options: PassOptions = {}): Promise<PassResult> {
  const { access } = env;
  const holder = env.newRunId?.() ?? newRunHolder();
  const supersedes = options.supersedes === true;
  if (!(await acquireLease(access, holder, undefined, supersedes))) return { ran: false, status: await readSyncStatus(access) };
  try {
    // Stopped before it began (a newer pass replaced it): that pass has the lease now.
    options.signal?.throwIfAborted();
    const previous = await readSyncStatus(access);
    const clients = await env.clients();
    if (!clients.hubspot) {
      // Without HubSpot there is no CRM side to compare with: say so rather than "up to date".
      const status: SyncStatus = { state: 'not-connected', updatedAt: access.now() };
      await access.write(['meta'], (tx) => tx.objectStore('meta').put(status, 'syncStatus'));
      return { ran: true, status };
    }
    const jobs = planJobs(clients, env.jobOptions);
    const passStartedAt = await beginPass(access, supersedes);
    await setRunning(access, previous);
    const db = await access.db();
    const savedProgress = (await db.get('meta', 'syncProgress')) as Parameters<typeof createProgressTracker>[1];
    const progress = createProgressTracker(passStartedAt, savedProgress, env.progress);
    const tally: Tally = { scopes: [], skipped: [], states: [], errors: [] };

    for (const job of jobs) {
      const checkpoint = await db.get('syncState', job.name);
      const doneThisPass = !checkpoint?.passStartedAt && (checkpoint?.lastCompletedAt ?? '') >= passStartedAt;
      if (doneThisPass) continue;
      try {
        await job.run({ access, holder, progress, ...(options.signal ? { signal: options.signal } : {}) });
      } catch (error) {
        const kind = errorKind(error);
        // Stopped on purpose: leave everything as the last page left it; the resume alarm goes on.
        if (kind === 'aborted') throw error;
        await noteJobError(access, job.name, error);
        judge(job, kind, error, tally);
        if (tally.stop) break;
      }
    }

    // Stopped while its last job ended: the run that replaced it writes the status, not this one.
    options.signal?.throwIfAborted();
    const status = endStatus(tally, previous, access.now());
    await finishPass(access, status, !tally.stop, { startedAt: passStartedAt, errors: tally.errors });
    return { ran: true, status };
  } finally {
    await releaseLease(access, holder);
  }
}
