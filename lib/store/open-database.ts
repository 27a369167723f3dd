/**
 * idb's `openDB`, but on a given IDBFactory instead of the global `indexedDB`, so each test can
 * use a fresh fake-indexeddb factory. Same callbacks and semantics as idb's own (idb 8).
 */
import { wrap, type IDBPDatabase, type IDBPTransaction, type OpenDBCallbacks, type StoreNames } from 'idb';

export function openDatabase<Schema>(
  factory: IDBFactory,
  name: string,
  version: number,
  { upgrade, blocked, blocking, terminated }: OpenDBCallbacks<Schema> = {},
): Promise<IDBPDatabase<Schema>> {
  const request = factory.open(name, version);
  const opened = wrap(request) as Promise<IDBPDatabase<Schema>>;
  if (upgrade) {
    request.addEventListener('upgradeneeded', (event) => {
      const tx = wrap(request.transaction as IDBTransaction) as unknown as IDBPTransaction<
        Schema,
        StoreNames<Schema>[],
        'versionchange'
      >;
      upgrade(wrap(request.result) as IDBPDatabase<Schema>, event.oldVersion, event.newVersion, tx, event);
    });
  }
  if (blocked) {
    request.addEventListener('blocked', (event) =>
      blocked(event.oldVersion, event.newVersion, event as IDBVersionChangeEvent),
    );
  }
  opened
    .then((db) => {
      if (terminated) db.addEventListener('close', () => terminated());
      if (blocking) {
        db.addEventListener('versionchange', (event) => blocking(event.oldVersion, event.newVersion, event));
      }
    })
    // The caller sees the rejection through the returned promise.
    .catch(() => undefined);
  return opened;
}
