/**
 * The one place that runs a transaction against the store: reads open the context's cached
 * connection; writes run in one readwrite transaction and announce the change only after it
 * has committed, so a listener that re-reads always sees the new data.
 */
import type { IDBPTransaction } from 'idb';
import { notifyChanged, type ChangeHub } from './changes';
import type { InboxlinkDB, StoreName } from './db-types';
import { openStore, type StoreDatabase, type StoreOptions } from './open';

export interface AccessOptions extends StoreOptions {
  /** Where change events go; defaults to this context's hub. */
  changes?: Pick<ChangeHub, 'notifyChanged'>;
  /** ISO clock, injectable for tests. */
  now?: () => string;
}

export type WriteTransaction<S extends StoreName> = IDBPTransaction<InboxlinkDB, S[], 'readwrite'>;

export interface StoreAccess {
  db(): Promise<StoreDatabase>;
  write<S extends StoreName, R>(stores: S[], work: (tx: WriteTransaction<S>) => Promise<R>): Promise<R>;
  now(): string;
}

export function createStoreAccess(options: AccessOptions = {}): StoreAccess {
  const notify = options.changes?.notifyChanged ?? notifyChanged;
  return {
    db: () => openStore(options),
    async write(stores, work) {
      const db = await openStore(options);
      const tx = db.transaction(stores, 'readwrite');
      let result: Awaited<ReturnType<typeof work>>;
      try {
        // Awaiting both keeps a failed request from leaving tx.done rejected and unobserved.
        [result] = await Promise.all([work(tx), tx.done]);
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already aborted by the failed request.
        }
        throw error;
      }
      notify(stores);
      return result;
    },
    now: options.now ?? (() => new Date().toISOString()),
  };
}
