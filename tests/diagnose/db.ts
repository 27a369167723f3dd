/** A fresh fake-indexeddb database with its own change hub and a settable clock. */
import { IDBFactory } from 'fake-indexeddb';
import { createStoreAccess, type StoreAccess } from '../../lib/store/access';
import { createChangeHub, type ChangeHub } from '../../lib/store/changes';
import { createRepo, type Repo } from '../../lib/store/repo';

export interface TestDb {
  access: StoreAccess;
  repo: Repo;
  changes: ChangeHub;
  clock: { now: string };
}

export function freshDb(start = '2026-11-22T12:00:00.000Z'): TestDb {
  const factory = new IDBFactory();
  const changes = createChangeHub({ channelName: `diagnose-test-${Math.random()}`, coalesceMs: 1 });
  const clock = { now: start };
  const now = () => clock.now;
  return { access: createStoreAccess({ factory, changes, now }), repo: createRepo({ factory, changes, now }), changes, clock };
}
