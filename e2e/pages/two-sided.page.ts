import type { WebWorker } from 'puppeteer';
import { storeContract } from '../harness/contract';
import { waitForDatabase } from './sync-store.page';

/**
 * What e2e/two-sided-truth.e2e.ts needs beyond the plan pages: a mailbox known to the extension
 * (as a mail page's chip would store it) with no HubSpot reading yet, and the store's own
 * records of an address (grants, findings) read in the extension's origin.
 */

/** The mailbox record a Gmail visit would store: known, provider named, HubSpot's side unseen. */
export async function seedUnseenMailbox(worker: WebWorker, address: string, provider: string): Promise<void> {
  await waitForDatabase(worker);
  await worker.evaluate(async (database: string, mailbox: string, named: string) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(database);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const now = new Date().toISOString();
    const tx = db.transaction(['mailboxes'], 'readwrite');
    tx.objectStore('mailboxes').put({ address: mailbox, provider: named, kind: 'personal', firstSeenAt: now, updatedAt: now });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, storeContract.database, address, provider);
}

/** Every record of `store` whose `address` (or `subject`) is `address`. */
export async function recordsOf(worker: WebWorker, store: 'grants' | 'findings', address: string): Promise<Record<string, unknown>[]> {
  return worker.evaluate(async (database: string, name: string, wanted: string) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(database);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const request = db.transaction([name], 'readonly').objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all.filter((record) => record.address === wanted || record.subject === wanted);
  }, storeContract.database, store, address);
}

/** Forgets what earlier syncs stored about the address's grants (a world before any admin sign-in). */
export async function clearGrants(worker: WebWorker, address: string): Promise<void> {
  await worker.evaluate(async (database: string, wanted: string) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(database);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['grants'], 'readwrite');
    const store = tx.objectStore('grants');
    const all = await new Promise<{ key: string; address: string }[]>((resolve, reject) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result as { key: string; address: string }[]);
      request.onerror = () => reject(request.error);
    });
    for (const grant of all.filter((g) => g.address === wanted)) store.delete(grant.key);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, storeContract.database, address);
}
