import type { Migration } from './upgrade-types';

/**
 * Version 3: the people stores. `imports` (one record per user import, by status) and
 * `importRows` (one per input row, by import and by import + state, so a resumed import finds its
 * unfinished rows without reading the rest); `userActivity` (HubSpot's login history per user).
 * Written out, not read from the registry, so this step never drifts.
 */
export const toV3: Migration = (db) => {
  const imports = db.createObjectStore('imports', { keyPath: 'id' });
  imports.createIndex('status', 'status');

  const rows = db.createObjectStore('importRows', { keyPath: 'id' });
  rows.createIndex('importId', 'importId');
  rows.createIndex('importId_state', ['importId', 'state']);

  db.createObjectStore('userActivity', { keyPath: 'userId' });
};
