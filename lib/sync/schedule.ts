/**
 * When passes run: a periodic alarm (settings.syncIntervalMinutes, default 30), a one-shot resume
 * alarm while a pass is open (so a worker killed mid-pass is woken to finish it) or backing off
 * (at retryAt), and syncIfStale for when a UI opens. Alarms outlive the worker; nothing here keeps
 * state in module variables. The background registers handleSyncAlarm synchronously at start-up.
 */
import { browser, type Browser } from 'wxt/browser';
import type { StoreAccess } from '../store/access';
import { errorKind } from './errors';
import { leaseIsLive } from './lease';
import { defaultSyncEnvironment } from './default-environment';
import { trackRun } from './in-flight';
import { readSyncStatus, runSyncPass, type PassResult, type SyncEnvironment } from './pass';
import { PASS_KEY } from './status';

export const SYNC_ALARM = 'inboxlink:sync';
export const RESUME_ALARM = 'inboxlink:sync-resume';
export const DEFAULT_SYNC_INTERVAL_MINUTES = 30;
/** Chrome's floor for alarms is 30 s; a minute leaves the dead run's lease time to expire. */
const RESUME_DELAY_MINUTES = 1;

type Alarm = Browser.alarms.Alarm;

async function intervalMinutes(access: StoreAccess): Promise<number> {
  const settings = (await (await access.db()).get('meta', 'settings')) as { syncIntervalMinutes?: number } | undefined;
  const minutes = settings?.syncIntervalMinutes;
  return typeof minutes === 'number' && minutes >= 1 ? minutes : DEFAULT_SYNC_INTERVAL_MINUTES;
}

async function passIsOpen(access: StoreAccess): Promise<boolean> {
  return Boolean((await (await access.db()).get('syncState', PASS_KEY))?.passStartedAt);
}

/** Creates the periodic alarm (again, if the interval changed) and the resume alarm an open pass needs. */
export async function ensureSyncAlarms(env: SyncEnvironment = defaultSyncEnvironment()): Promise<void> {
  const period = await intervalMinutes(env.access);
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing?.periodInMinutes !== period) {
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: period, delayInMinutes: Math.min(period, RESUME_DELAY_MINUTES) });
  }
  if ((await passIsOpen(env.access)) && !(await browser.alarms.get(RESUME_ALARM))) {
    const status = await readSyncStatus(env.access);
    // A pass that stopped for a 401 waits for the user, not for an alarm.
    if (status?.state !== 'reconnect-hubspot') await scheduleResume(status?.retryAt);
  }
}

async function scheduleResume(retryAt?: string): Promise<void> {
  const when = retryAt ? Date.parse(retryAt) : NaN;
  if (Number.isFinite(when)) await browser.alarms.create(RESUME_ALARM, { when });
  else await browser.alarms.create(RESUME_ALARM, { delayInMinutes: RESUME_DELAY_MINUTES });
}

/** Runs or resumes a pass with the resume alarm as a safety net, then sets what comes next. */
export async function runScheduledPass(env: SyncEnvironment = defaultSyncEnvironment(), options: { signal?: AbortSignal } = {}): Promise<PassResult> {
  return runTracked(env, options.signal, false);
}

/**
 * The user's "Sync now": the data as it is now, at once. A pass this worker is running (the one
 * an admin sign-in started, an alarm's) is stopped and replaced by a fresh one, instead of the
 * click joining a pass that may be past HubSpot's lists or stuck on a slow provider's answer.
 */
export async function runPassNow(env: SyncEnvironment = defaultSyncEnvironment()): Promise<PassResult> {
  return runTracked(env, undefined, true);
}

async function runTracked(env: SyncEnvironment, signal: AbortSignal | undefined, supersede: boolean): Promise<PassResult> {
  // Set before the work: if the worker dies mid-pass, this alarm wakes a new one to finish it.
  await scheduleResume();
  const run = trackRun(signal);
  let result: PassResult;
  try {
    const supersedes = supersede && run.supersedeOthers() > 0;
    result = await runSyncPass(env, { signal: run.signal, ...(supersedes ? { supersedes } : {}) });
  } catch (error) {
    // Aborted or lease lost: the pass stays open and the resume alarm stays set.
    if (errorKind(error) === 'aborted') return { ran: false, status: await readSyncStatus(env.access), ...(run.superseded() ? { superseded: true } : {}) };
    throw error;
  } finally {
    run.end();
  }
  // Another run holds the lease: it owns the resume alarm, leave it be.
  if (!result.ran) return result;
  if (result.status?.retryAt) await scheduleResume(result.status.retryAt);
  else await browser.alarms.clear(RESUME_ALARM);
  return result;
}

/** The alarms listener's work; other extensions' or modules' alarms are ignored. */
export async function handleSyncAlarm(alarm: Pick<Alarm, 'name'>, env: SyncEnvironment = defaultSyncEnvironment()): Promise<PassResult | undefined> {
  if (alarm.name !== SYNC_ALARM && alarm.name !== RESUME_ALARM) return undefined;
  if (alarm.name === SYNC_ALARM) {
    // The periodic tick does not cut a backoff short: the resume alarm at retryAt will run it.
    const retryAt = (await readSyncStatus(env.access))?.retryAt;
    if (retryAt && retryAt > env.access.now()) return undefined;
  }
  return runScheduledPass(env);
}

/** The user saved a new HubSpot token after the 401 stopped the sync. */
async function reconnectedSince(access: StoreAccess, stoppedAt: string): Promise<boolean> {
  const credential = await (await access.db()).get('credentials', 'hubspot');
  return credential !== undefined && credential.savedAt > stoppedAt;
}

/**
 * For a UI that opens: resumes an open pass, or runs one when the last complete pass is older
 * than maxAgeMs. Respects a backoff in progress (429/5xx) and waits for the user after a 401.
 * Returns undefined when nothing needed doing.
 */
export async function syncIfStale(maxAgeMs: number, env: SyncEnvironment = defaultSyncEnvironment()): Promise<PassResult | undefined> {
  const { access } = env;
  if (await leaseIsLive(access)) return undefined;
  const status = await readSyncStatus(access);
  const now = Date.parse(access.now());
  if (status?.state === 'reconnect-hubspot' && !(await reconnectedSince(access, status.updatedAt))) return undefined;
  if (status?.state === 'backing-off' && status.retryAt && Date.parse(status.retryAt) > now) return undefined;
  const lastCompleted = status?.lastCompletedAt ? Date.parse(status.lastCompletedAt) : -Infinity;
  const stale = now - lastCompleted > maxAgeMs;
  if (!stale && !(await passIsOpen(access))) return undefined;
  return runScheduledPass(env);
}
