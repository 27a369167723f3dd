import type { ExtensionRealm } from '../harness/session';
import type { Observation } from '../../lib/model';
import { storeContract } from '../harness/contract';

/**
 * The observations the guide content script caused, read from the extension's IndexedDB inside
 * the service worker. The function handed to `worker.evaluate` is serialised: self-contained.
 */

export interface ObservationQuery {
  kind: Observation['kind'];
  address: string;
  host: string;
  /** Only observations stored at or after this ISO time (the store outlives a test). */
  since: string;
}

export async function readObservations(worker: ExtensionRealm): Promise<Observation[]> {
  return worker.evaluate(readStore, storeContract.database, storeContract.observations) as Promise<Observation[]>;
}

/** The newest observation matching the query, or undefined. */
export function newest(observations: readonly Observation[], query: ObservationQuery): Observation | undefined {
  return observations
    .filter((o) => o.kind === query.kind && o.address === query.address && o.host === query.host && o.observedAt >= query.since)
    .reduce<Observation | undefined>((best, o) => (!best || o.observedAt >= best.observedAt ? o : best), undefined);
}

/**
 * Waits until the newest observation matching the query has the wanted value fields, e.g.
 * {state: 'disabled'}; fails with what was seen instead.
 */
export async function waitForNewest(
  worker: () => Promise<ExtensionRealm>,
  query: ObservationQuery,
  wanted: Record<string, unknown>,
  timeoutMs = 15_000,
): Promise<Observation> {
  const deadline = Date.now() + timeoutMs;
  let seen: Observation | undefined;
  for (;;) {
    seen = newest(await readObservations(await worker()), query);
    if (seen && Object.entries(wanted).every(([key, value]) => seen?.value[key] === value)) return seen;
    if (Date.now() > deadline) {
      throw new Error(`no ${query.kind} observation of ${query.address} on ${query.host} with ${JSON.stringify(wanted)}; newest: ${JSON.stringify(seen ?? null)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// ---- Runs inside the service worker. ----

/** All records of one store (pass to `worker.evaluate`: it runs in the extension's realm). */
export async function readStore(database: string, storeName: string): Promise<unknown[]> {
  // Opening a database that does not exist would create it empty at version 1 and break the
  // extension's own upgrade later: look first.
  if (!(await indexedDB.databases()).some((info) => info.name === database)) return [];
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(database);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains(storeName)) return [];
    return await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}
