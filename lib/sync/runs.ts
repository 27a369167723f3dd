/**
 * The extension's own sync history: one record per pass, with each job's failure as support needs
 * it (HubSpot's correlationId, Graph's request id, the provider's code and status). Bounded: the
 * newest KEEP_RUNS passes are kept. Messages come from the typed client errors, which never carry
 * a token (lib/clients/redact.ts); describeError caps their length.
 */
import type { SyncRun, SyncRunError } from '../model';
import type { IDBPObjectStore } from 'idb';
import type { InboxlinkDB, StoreName } from '../store/db-types';
import { describeError } from './errors';

export const KEEP_RUNS = 100;

export function runErrorOf(job: string, kind: string, error: unknown): SyncRunError {
  const fields = (error ?? {}) as { service?: unknown; status?: unknown; code?: unknown; correlationId?: unknown };
  return {
    job,
    kind,
    ...(typeof fields.service === 'string' ? { service: fields.service } : {}),
    ...(typeof fields.status === 'number' ? { status: fields.status } : {}),
    ...(typeof fields.code === 'string' ? { code: fields.code } : {}),
    ...(typeof fields.correlationId === 'string' ? { correlationId: fields.correlationId } : {}),
    message: describeError(error),
  };
}

/** Adds the pass and drops the oldest beyond KEEP_RUNS, inside the pass's closing transaction. */
export async function recordRun(store: IDBPObjectStore<InboxlinkDB, StoreName[], 'syncRuns', 'readwrite'>, run: SyncRun): Promise<void> {
  await store.put(run);
  const excess = (await store.count()) - KEEP_RUNS;
  if (excess <= 0) return;
  let cursor = await store.openCursor();
  for (let dropped = 0; cursor && dropped < excess; dropped += 1) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
}
