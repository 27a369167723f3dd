/**
 * Ordered migrations: MIGRATIONS[i] brings the database to version i + 1. To change the schema,
 * add a file migrations/vN.ts, append it here, bump DB_VERSION and update the registry
 * (schema.ts) and InboxlinkDB (db-types.ts); tests/store/registry.test.ts checks they agree.
 */
import type { Migration, UpgradeDatabase, UpgradeTransaction } from './migrations/upgrade-types';
import { toV1 } from './migrations/v1';
import { toV2 } from './migrations/v2';
import { toV3 } from './migrations/v3';
import { toV4 } from './migrations/v4';

export const MIGRATIONS: readonly Migration[] = [toV1, toV2, toV3, toV4];

/** Runs, in order, every migration after `fromVersion` up to and including `toVersion`. */
export async function upgradeTo(
  db: UpgradeDatabase,
  tx: UpgradeTransaction,
  fromVersion: number,
  toVersion: number,
): Promise<void> {
  for (let version = fromVersion + 1; version <= toVersion; version += 1) {
    const migration = MIGRATIONS[version - 1];
    if (!migration) throw new Error(`No migration to schema version ${version}`);
    try {
      await migration(db, tx);
    } catch (error) {
      throw new StoreMigrationError(version, error);
    }
  }
}

/** Names the schema version whose migration failed; the browser's own error is the cause. */
export class StoreMigrationError extends Error {
  override name = 'StoreMigrationError';
  constructor(
    readonly version: number,
    cause: unknown,
  ) {
    super(`Store migration to schema version ${version} failed: ${String(cause)}`, { cause });
  }
}
