import type { ExtensionRealm } from '../harness/session';
import type { Observation } from '../../lib/model';
import { storeContract } from '../harness/contract';
import { readRecords } from '../harness/extension-db';

/**
 * The observations the guide content script caused, read from the extension's IndexedDB inside
 * the service worker (harness/extension-db.ts).
 */

export interface ObservationQuery {
  kind: Observation['kind'];
  address: string;
  host: string;
  /** Only observations stored at or after this ISO time (the store outlives a test). */
  since: string;
}

export async function readObservations(worker: ExtensionRealm): Promise<Observation[]> {
  return readRecords<Observation>(worker, storeContract.observations);
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
