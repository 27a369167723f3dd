import type { Migration } from './upgrade-types';

/**
 * Version 4: the people stores (lib/people). `imports` (one record per user import, by status) and
 * `importRows` (one per input row, by import and by import + state, so a resumed import finds its
 * unfinished rows without reading the rest). A user's last HubSpot login is not stored here: it is
 * read from the history events of version 3 (source `hubspot-logins`).
 * Written out, not read from the registry, so this step never drifts.
 */
export const toV4: Migration = (db) => {
  const imports = db.createObjectStore('imports', { keyPath: 'id' });
  imports.createIndex('status', 'status');

  const rows = db.createObjectStore('importRows', { keyPath: 'id' });
  rows.createIndex('importId', 'importId');
  rows.createIndex('importId_state', ['importId', 'state']);
};
