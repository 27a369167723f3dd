import { storeContract } from './contract';
import type { ExtensionRealm } from './session';

/**
 * The one way e2e tests read (and, to arrange a world, write) the extension's IndexedDB: inside
 * the extension's origin (the service worker, or a page of the extension in Firefox), with the
 * database and stores passed as arguments to one serialised body. Page objects build on these
 * functions instead of opening the database each their own way.
 *
 * Opening a database that does not exist yet would create it empty at version 1 and break the
 * extension's own upgrade later: the reader looks first and answers "nothing" instead.
 */

/**
 * One question: every record of a store (`all`), one record by key (`get`), how many records
 * (`count`) or their keys (`keys`). `store: '*'` asks every store of the database the same.
 */
export interface DbRead {
  store: string;
  op: 'all' | 'get' | 'count' | 'keys';
  key?: IDBValidKey;
}

export interface DbAnswer {
  /** The database's version; 0 when it does not exist yet. */
  version: number;
  /** Its object stores (listed only when something was read). */
  stores: string[];
  /** One answer per read, in order (a `'*'` read answers with a record by store name). */
  results: unknown[];
}

/** One change to arrange a world: put or add a record, delete one by key, or clear a store. */
export interface DbWrite {
  store: string;
  op: 'put' | 'add' | 'delete' | 'clear';
  value?: unknown;
  key?: IDBValidKey;
}

// ---- Runs inside the extension (handed to `evaluate`, so self-contained: no outer references). ----
// Run under tsx (npm run bench), esbuild's keepNames wraps each named inner function in a
// `__name(fn, name)` call to a helper the extension's realm does not have: each body defines it
// first (under vitest nothing is wrapped and the line does nothing).

async function readInExtension(database: string, reads: DbRead[]): Promise<DbAnswer> {
  (globalThis as { __name?: unknown }).__name ??= (fn: unknown) => fn;
  const empty = (op: DbRead['op']) => (op === 'all' || op === 'keys' ? [] : op === 'count' ? 0 : undefined);
  const info = (await indexedDB.databases()).find((known) => known.name === database);
  if (!info) return { version: 0, stores: [], results: reads.map((read) => (read.store === '*' ? {} : empty(read.op))) };
  // Only the version asked (waiting for the extension's upgrade): no connection that could hold it up.
  if (reads.length === 0) return { version: info.version ?? 0, stores: [], results: [] };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(database);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const stores = Array.from(db.objectStoreNames);
    const touched = [...new Set(reads.flatMap((read) => (read.store === '*' ? stores : stores.includes(read.store) ? [read.store] : [])))];
    // One transaction: a consistent snapshot across stores, never half of a sync page's writes.
    const tx = touched.length > 0 ? db.transaction(touched, 'readonly') : undefined;
    const ask = (store: string, read: DbRead) =>
      new Promise<unknown>((resolve, reject) => {
        if (!tx || !stores.includes(store)) return resolve(empty(read.op));
        const objects = tx.objectStore(store);
        const request: IDBRequest =
          read.op === 'all' ? objects.getAll() : read.op === 'count' ? objects.count() : read.op === 'keys' ? objects.getAllKeys() : objects.get(read.key as IDBValidKey);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const results = await Promise.all(
      reads.map(async (read) =>
        read.store === '*' ? Object.fromEntries(await Promise.all(stores.map(async (store) => [store, await ask(store, read)] as const))) : ask(read.store, read),
      ),
    );
    return { version: db.version, stores, results };
  } finally {
    db.close();
  }
}

async function writeInExtension(database: string, writes: DbWrite[]): Promise<void> {
  (globalThis as { __name?: unknown }).__name ??= (fn: unknown) => fn;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(database);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const tx = db.transaction([...new Set(writes.map((write) => write.store))], 'readwrite');
    for (const write of writes) {
      const objects = tx.objectStore(write.store);
      if (write.op === 'clear') objects.clear();
      else if (write.op === 'delete') objects.delete(write.key as IDBValidKey);
      else if (write.op === 'add') objects.add(write.value, write.key);
      else objects.put(write.value, write.key);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

// ---- Called from the tests. ----

/** Asks the extension's database `reads` in one transaction. */
export async function readExtensionDb(realm: ExtensionRealm, reads: DbRead[], database: string = storeContract.database): Promise<DbAnswer> {
  const answer = (await realm.evaluate(readInExtension, database, reads)) as DbAnswer;
  // The answer comes back as JSON, where a missing record (undefined) in the list turns into null.
  return { ...answer, results: answer.results.map((result, index) => (reads[index]?.op === 'get' && result === null ? undefined : result)) };
}

/** Every record of `store` ([] before the extension created it). */
export async function readRecords<T = unknown>(realm: ExtensionRealm, store: string, database?: string): Promise<T[]> {
  return (await readExtensionDb(realm, [{ store, op: 'all' }], database)).results[0] as T[];
}

/** The record of `store` under `key` (a `meta` value by its name, too), if any. */
export async function readRecord<T = unknown>(realm: ExtensionRealm, store: string, key: IDBValidKey, database?: string): Promise<T | undefined> {
  return (await readExtensionDb(realm, [{ store, op: 'get', key }], database)).results[0] as T | undefined;
}

/** Every record of each of `stores`, read together (one snapshot). */
export async function readStores(realm: ExtensionRealm, stores: readonly string[]): Promise<Record<string, unknown[]>> {
  const { results } = await readExtensionDb(realm, stores.map((store) => ({ store, op: 'all' as const })));
  return Object.fromEntries(stores.map((store, index) => [store, results[index] as unknown[]]));
}

/** `meta` values by key, read together. */
export async function readMetaValues(realm: ExtensionRealm, keys: readonly string[]): Promise<Record<string, unknown>> {
  const { results } = await readExtensionDb(realm, keys.map((key) => ({ store: 'meta', op: 'get' as const, key })));
  return Object.fromEntries(keys.map((key, index) => [key, results[index]]));
}

/** Applies `writes` in one transaction (to arrange a world; call waitForDatabase first on a fresh profile). */
export async function writeExtensionDb(realm: ExtensionRealm, writes: DbWrite[]): Promise<void> {
  if (writes.length === 0) return;
  await realm.evaluate(writeInExtension, storeContract.database, writes);
}
