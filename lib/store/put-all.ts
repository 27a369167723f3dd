/**
 * Puts many records into one store of a running transaction, the fast way: every put is issued
 * before any is awaited. Awaiting each put in turn makes every record wait for the previous one's
 * round trip to the browser's IndexedDB backend; issued together, Chromium pipelines them.
 * Used by repo.putMany and by the sync's page writes (lib/sync/page-writer.ts).
 */

/** The part of an idb object store this needs (a store of any transaction, typed or not). */
export interface PutTarget<V> {
  put(value: V): Promise<unknown>;
}

export async function putAll<V>(target: PutTarget<V>, values: Iterable<V>): Promise<void> {
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
