import type { ExtensionRealm } from '../harness/session';
import type { ChannelAccount, ConversationsInbox, CrmOwner, CrmRole, CrmTeam, CrmUser } from '../../lib/model';
import { DB_VERSION } from '../../lib/store/schema';
import type { SyncStatus } from '../../lib/sync';
import { storeContract } from '../harness/contract';
import { readExtensionDb, readMetaValues, readRecords, readStores, writeExtensionDb } from '../harness/extension-db';

/**
 * The extension's IndexedDB as the sync leaves it, read and prepared from inside the service
 * worker (the only place that shares the extension's origin without running product UI). The
 * functions handed to `worker.evaluate` are serialised, so each one is self-contained.
 */

/** What the sync writes, by object store. */
export interface SyncedRecords {
  crmUsers: CrmUser[];
  owners: CrmOwner[];
  teams: CrmTeam[];
  roles: CrmRole[];
  inboxes: ConversationsInbox[];
  channelAccounts: ChannelAccount[];
  mailboxes: { address: string; kind: string }[];
}

export interface SyncCheckpointView {
  job: string;
  cursor?: string;
  passStartedAt?: string;
  lastCompletedAt?: string;
  done?: number;
}

export interface SyncLeaseView {
  holder: string;
  expiresAt: string;
}

/** Stores the sync fills plus its own bookkeeping: emptied between scenarios. */
const SYNC_STORES = ['crmUsers', 'owners', 'teams', 'roles', 'inboxes', 'channelAccounts', 'mailboxes', 'grants', 'syncState'];
const SYNC_META_KEYS = ['syncStatus', 'syncProgress', 'syncLease', 'lastSyncAt'];
const RECORD_STORES = ['crmUsers', 'owners', 'teams', 'roles', 'inboxes', 'channelAccounts', 'mailboxes'] as const;

export async function readSyncedRecords(worker: ExtensionRealm): Promise<SyncedRecords> {
  return (await readStores(worker, RECORD_STORES)) as unknown as SyncedRecords;
}

export async function readCheckpoints(worker: ExtensionRealm): Promise<SyncCheckpointView[]> {
  return readRecords<SyncCheckpointView>(worker, 'syncState');
}

export async function readSyncMeta(worker: ExtensionRealm): Promise<{ status?: SyncStatus; lease?: SyncLeaseView }> {
  const values = await readMetaValues(worker, ['syncStatus', 'syncLease']);
  return { status: values.syncStatus as SyncStatus | undefined, lease: values.syncLease as SyncLeaseView | undefined };
}

/** Empties what the sync wrote (records, checkpoints, status, lease), so a scenario starts from "never synced". */
export async function resetSyncData(worker: ExtensionRealm): Promise<void> {
  await waitForDatabase(worker);
  await writeExtensionDb(worker, [
    ...SYNC_STORES.map((store) => ({ store, op: 'clear' as const })),
    ...SYNC_META_KEYS.map((key) => ({ store: 'meta', op: 'delete' as const, key })),
  ]);
}

/** lib/sync/schedule.ts SYNC_ALARM and RESUME_ALARM (that module imports the browser API, so not from Node). */
const SYNC_ALARMS = ['inboxlink:sync', 'inboxlink:sync-resume'];

/**
 * Clears the sync alarms: the periodic one first fires a minute after install and would start a
 * pass at a moment the test did not choose (its timing is lib/sync's unit tests' business).
 */
export async function clearSyncAlarms(worker: ExtensionRealm): Promise<void> {
  await worker.evaluate(async (names: string[]) => {
    const alarms = (globalThis as unknown as { chrome: { alarms: { clear(name: string): Promise<boolean> } } }).chrome.alarms;
    await Promise.all(names.map((name) => alarms.clear(name)));
  }, SYNC_ALARMS);
}

/**
 * Makes the dead run's lease expire now instead of LEASE_TTL_MS (90 s) after its last page: the
 * only thing a killed worker leaves that only time clears. The test stands in for that wait.
 */
export async function expireLease(worker: ExtensionRealm): Promise<void> {
  await worker.evaluate(expireSyncLease, storeContract.database);
}

/**
 * The background opens (and upgrades) its database when the worker starts. Writing before that
 * would create an empty version-1 database and break the extension's own upgrade: wait for it.
 */
export async function waitForDatabase(worker: ExtensionRealm, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { version } = await readExtensionDb(worker, []);
    if (version >= DB_VERSION) return;
    if (Date.now() > deadline) throw new Error(`the extension did not create its database ${storeContract.database} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// ---- Functions below run inside the service worker (serialised: no outer references). ----

async function expireSyncLease(database: string): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(database);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const tx = db.transaction('meta', 'readwrite');
    const store = tx.objectStore('meta');
    const request = store.get('syncLease');
    request.onsuccess = () => {
      const lease = request.result as { holder: string; expiresAt: string } | undefined;
      if (lease) store.put({ ...lease, expiresAt: new Date(Date.now() - 1).toISOString() }, 'syncLease');
    };
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

