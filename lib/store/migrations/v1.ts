import type { Migration } from './upgrade-types';

/**
 * Version 1, the first shipped schema, frozen as it was: mailboxes (no `kind` field yet),
 * observations by address, and meta. Never edit: databases in the field were built by it.
 */
export const toV1: Migration = (db) => {
  const mailboxes = db.createObjectStore('mailboxes', { keyPath: 'address' });
  mailboxes.createIndex('provider', 'provider');
  const observations = db.createObjectStore('observations', { keyPath: 'id', autoIncrement: true });
  observations.createIndex('address', 'address');
  db.createObjectStore('meta');
};
