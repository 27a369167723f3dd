import type { ExtensionRealm } from '../harness/session';
import { storeContract } from '../harness/contract';
import { waitForDatabase } from './sync-store.page';

/**
 * Puts plain records into the extension's IndexedDB stores, in one transaction, inside the
 * extension's origin (Chromium's service worker, Firefox's privacy page): for what no sandbox
 * source writes in a test's time — a mailbox's thousand provider events (bench/history.ts), a
 * history the Firefox run reads (e2e/firefox/surfaces.e2e.ts). Waits for the database first.
 */
export async function putRecords(realm: ExtensionRealm, records: Readonly<Record<string, readonly unknown[]>>): Promise<void> {
  await waitForDatabase(realm);
  await realm.evaluate(async (database: string, byStore: Record<string, unknown[]>) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(database);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const tx = db.transaction(Object.keys(byStore), 'readwrite');
      for (const [store, values] of Object.entries(byStore)) for (const value of values) tx.objectStore(store).put(value);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
      });
    } finally {
      db.close();
    }
  }, storeContract.database, records as Record<string, unknown[]>);
}
