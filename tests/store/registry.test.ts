import { describe, expect, it } from 'vitest';
import type { InlineKeyStoreName } from '../../lib/store/db-types';
import { MIGRATIONS } from '../../lib/store/migrations';
import { CLEARED_BY, DB_NAME, DB_VERSION, STORES, STORE_NAMES } from '../../lib/store/schema';
import { sampleRecords } from './fixtures';

const policies = ['sign-out', 'hubspot-disconnect', 'never'];

/** The value an IndexedDB key path selects in a record (undefined when the field is absent). */
function valueAt(record: object, keyPath: string | readonly string[]): unknown {
  if (typeof keyPath !== 'string') return keyPath.map((path) => valueAt(record, path));
  return (record as Record<string, unknown>)[keyPath];
}

describe('store registry conventions', () => {
  it('has one migration per schema version', () => {
    expect(DB_NAME).toBe('inboxlink');
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
  });

  it('gives every store a clear policy and a creating version that exists', () => {
    for (const name of STORE_NAMES) {
      const store = STORES[name];
      expect(policies, name).toContain(store.clearOn);
      expect(store.since, name).toBeGreaterThanOrEqual(1);
      expect(store.since, name).toBeLessThanOrEqual(DB_VERSION);
      expect(store.holds.length, name).toBeGreaterThan(10);
    }
  });

  it('keeps the audit log through every trigger', () => {
    expect(STORES.audit.clearOn).toBe('never');
    for (const cleared of Object.values(CLEARED_BY)) expect(cleared).not.toContain('never');
  });

  it('names index and key paths that exist on a realistic record of each store', () => {
    for (const name of STORE_NAMES) {
      if (name === 'meta') continue;
      const store = STORES[name];
      const record = sampleRecords[name as InlineKeyStoreName];
      if (!('autoIncrement' in store)) {
        expect(valueAt(record, store.keyPath), `${name} key`).toBeDefined();
      }
      for (const index of store.indexes) {
        const value = valueAt(record, index.keyPath);
        const values = Array.isArray(value) ? value : [value];
        for (const part of values) expect(part, `${name}.${index.name}`).toBeDefined();
      }
    }
  });

  it('uses in-line keys everywhere but meta', () => {
    const outOfLine = STORE_NAMES.filter((name) => !('keyPath' in STORES[name]));
    expect(outOfLine).toEqual(['meta']);
  });
});
