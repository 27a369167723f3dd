import type { Migration } from './upgrade-types';

/**
 * Version 3: a connection's history (lib/history). Provider and HubSpot activity events, where
 * each history source stands, the extension's own sync runs, and one status count per day for
 * the portal health chart. Written out here, not read from the registry, so this step never drifts.
 */
export const toV3: Migration = (db) => {
  const events = db.createObjectStore('historyEvents', { keyPath: 'id' });
  events.createIndex('address', 'address');
  events.createIndex('at', 'at');
  events.createIndex('source', 'source');

  db.createObjectStore('historySources', { keyPath: 'key' });
  db.createObjectStore('syncRuns', { keyPath: 'startedAt' });
  db.createObjectStore('statusSnapshots', { keyPath: 'day' });
};
