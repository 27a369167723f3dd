/**
 * The background's import runs. One run per import per worker life (a set in this module: the
 * worker's memory, like the plan runner's queue; everything a run needs is in IndexedDB, so a new
 * worker's run continues where the last one stopped). A running import keeps an alarm, so a worker
 * Chrome stopped mid-import wakes to continue it; while a run is busy, a cheap extension call every
 * 20 s tells Chrome the worker is working.
 */
import { browser, type Browser } from 'wxt/browser';
import type { HubSpotPortal } from '../../auth/hubspot-portal';
import { createHubSpotClient } from '../../clients/hubspot/client';
import { createLimiterRegistry } from '../../clients/rate-limiter';
import { createStoreAccess, type StoreAccess } from '../../store/access';
import { credentialId } from '../../store/records';
import { runImport, type ImportClient } from './import-runner';

export const IMPORT_ALARM = 'inboxlink:people-import';
const running = new Map<string, Promise<unknown>>();

/** The import's HubSpot client from the stored token: creates sent once, look-ups retried, one limiter for both. */
export function storedImportClient(access: StoreAccess, fetchImpl?: typeof fetch): ImportClient {
  const getToken = async () => {
    const credential = await (await access.db()).get('credentials', credentialId('hubspot'));
    if (!credential) throw new Error('HubSpot was disconnected during the import.');
    return credential.accessToken;
  };
  const limiter = createLimiterRegistry();
  const fetchOption = fetchImpl ? { fetch: fetchImpl } : {};
  const writer = createHubSpotClient({ getToken, limiter, retry: { maxAttempts: 1 }, ...fetchOption });
  const reader = createHubSpotClient({ getToken, limiter, ...fetchOption });
  return {
    createUser: writer.createUser,
    getUser: (idOrEmail, by, call) => reader.getUser(idOrEmail, by, call),
    async pace() {
      const snapshot = (await limiter.forToken(await getToken())).snapshot();
      return { max: snapshot.max, intervalMs: snapshot.intervalMs };
    },
  };
}

async function actorOf(access: StoreAccess): Promise<string> {
  const portal = (await (await access.db()).get('meta', 'hubspotPortal')) as HubSpotPortal | undefined;
  return portal?.user ?? 'user';
}

/** Continues (or starts) an import's run unless this worker already runs it. */
export function resumeImport(importId: string, access: StoreAccess = createStoreAccess()): Promise<unknown> {
  const existing = running.get(importId);
  if (existing) return existing;
  const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), 20_000);
  const run = (async () => {
    await browser.alarms.create(IMPORT_ALARM, { periodInMinutes: 1 });
    return runImport({ access, client: storedImportClient(access), actor: await actorOf(access) }, importId);
  })()
    .catch((error: unknown) => console.warn('[inboxlink] import:', error instanceof Error ? error.message : error))
    .finally(() => {
      clearInterval(keepAlive);
      running.delete(importId);
      void clearAlarmWhenIdle(access);
    });
  running.set(importId, run);
  return run;
}

export async function runningImportIds(access: StoreAccess = createStoreAccess()): Promise<string[]> {
  return (await (await access.db()).getAllKeysFromIndex('imports', 'status', 'running')) as string[];
}

/** Stops only the admin can lift (a new token, a scope, tomorrow): the page's "Try again" resumes those. */
const WAITS_FOR_ADMIN = new Set(['scope', 'auth', 'daily-limit']);

/** On worker start and on the alarm: every running import continues, unless it waits for the admin. */
export async function resumeRunningImports(access: StoreAccess = createStoreAccess()): Promise<number> {
  const records = await (await access.db()).getAllFromIndex('imports', 'status', 'running');
  const ready = records.filter((record) => !record.blockedBy || !WAITS_FOR_ADMIN.has(record.blockedBy));
  for (const record of ready) void resumeImport(record.id, access);
  return ready.length;
}

async function clearAlarmWhenIdle(access: StoreAccess): Promise<void> {
  if (running.size === 0 && (await runningImportIds(access)).length === 0) await browser.alarms.clear(IMPORT_ALARM);
}

export function handleImportAlarm(alarm: Browser.alarms.Alarm): void {
  if (alarm.name === IMPORT_ALARM) void resumeRunningImports();
}
