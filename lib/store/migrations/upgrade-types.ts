/**
 * What a migration works on. Deliberately untyped by InboxlinkDB: a migration sees the database
 * as it was at its own version, not as the registry describes it today.
 */
import type { IDBPDatabase, IDBPObjectStore, IDBPTransaction } from 'idb';

export type UpgradeDatabase = IDBPDatabase<unknown>;
export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;
export type UpgradeStore<Name extends string = string> = IDBPObjectStore<
  unknown,
  string[],
  Name,
  'versionchange'
>;

/** Brings the database from version N-1 to N inside the upgrade transaction. */
export type Migration = (db: UpgradeDatabase, tx: UpgradeTransaction) => void | Promise<void>;

/**
 * Sets `field` to `value` on every record of `store` that lacks it. Runs with a cursor in the
 * upgrade transaction, so the new version is never seen half-migrated: a failure aborts the
 * upgrade and leaves the old version intact.
 */
export async function backfillMissing<Name extends string>(
  store: UpgradeStore<Name>,
  field: string,
  value: unknown,
): Promise<number> {
  let updated = 0;
  let cursor = await store.openCursor();
  while (cursor) {
    const record = cursor.value as Record<string, unknown>;
    if (record[field] === undefined) {
      await cursor.update({ ...record, [field]: value });
      updated += 1;
    }
    cursor = await cursor.continue();
  }
  return updated;
}
