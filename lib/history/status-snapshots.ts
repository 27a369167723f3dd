/**
 * The daily status history for the portal health chart: after a change, today's counts replace
 * today's record (one per local day), and days older than KEEP_SNAPSHOT_DAYS are dropped, in one
 * transaction. Background only (it writes).
 */
import type { StatusSnapshot } from '../model';
import type { StoreAccess } from '../store/access';
import { KEEP_SNAPSHOT_DAYS, localDay, type StatusCounts } from './health';

export async function recordStatusSnapshot(access: Pick<StoreAccess, 'write'>, counts: StatusCounts, now: Date): Promise<StatusSnapshot> {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const snapshot: StatusSnapshot = { day: localDay(now), counts, total, at: now.toISOString() };
  const oldest = localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - KEEP_SNAPSHOT_DAYS, 12));
  await access.write(['statusSnapshots'], async (tx) => {
    const store = tx.objectStore('statusSnapshots');
    await store.put(snapshot);
    let cursor = await store.openCursor(IDBKeyRange.upperBound(oldest, true));
    while (cursor) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
  });
  return snapshot;
}
