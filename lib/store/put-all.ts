/**
 * Puts many records into one store of a running transaction, the fast way: every put is issued
 * before any is awaited. Awaiting each put in turn makes every record wait for the previous one's
 * round trip to the browser's IndexedDB backend; issued together, Chromium pipelines them.
 * Used by repo.putMany and by the sync's page writes (lib/sync/page-writer.ts).
 *
 * On an idb-wrapped store the puts go to the plain IndexedDB store underneath, and only the last
 * one is awaited: requests of a transaction complete in order, so its success means all succeeded.
 * idb's promise per request (listeners, a wrapped result) was most of the worker's own time in a
 * 10,000-user sync (a CPU profile: ~0.9 s of its success handlers alone).
 */
import { unwrap } from 'idb';

/** The part of an idb object store this needs (a store of any transaction, typed or not). */
export interface PutTarget<V> {
  put(value: V): Promise<unknown>;
}

export async function putAll<V>(target: PutTarget<V>, values: Iterable<V>): Promise<void> {
  const plain = unwrap(target as unknown as Parameters<typeof unwrap>[0]) as unknown;
  if (plain instanceof IDBObjectStore) return putPlain(plain, values);
  const puts: Promise<unknown>[] = [];
  try {
    for (const value of values) puts.push(target.put(value));
  } catch (error) {
    // A value that cannot be stored throws here and aborts the transaction; the puts already
    // queued then fail too, and those failures are this error's echo.
    for (const put of puts) put.catch(() => undefined);
    throw error;
  }
  await Promise.all(puts);
}

function putPlain(store: IDBObjectStore, values: Iterable<unknown>): Promise<void> {
  let firstError: DOMException | null = null;
  // One shared handler, not a closure per record: the first failure is the one to report (the
  // transaction then aborts, and every later request fails with an AbortError).
  const noteError = (event: Event) => {
    firstError ??= (event.target as IDBRequest).error;
  };
  let last: IDBRequest | undefined;
  for (const value of values) {
    last = store.put(value);
    last.onerror = noteError;
  }
  const request = last;
  if (!request) return Promise.resolve();
  return new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve());
    request.addEventListener('error', () => reject(firstError ?? request.error));
  });
}
