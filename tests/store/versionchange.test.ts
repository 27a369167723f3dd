import { IDBFactory, forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { StoreMigrationError, upgradeTo } from '../../lib/store/migrations';
import { openDatabase } from '../../lib/store/open-database';
import { closeStore, createStoreConnection, openStore } from '../../lib/store/open';
import { DB_NAME, DB_VERSION } from '../../lib/store/schema';

/** Fails the test instead of hanging it when an open never settles. */
function within<T>(promise: Promise<T>, ms = 2000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not settled in ${ms} ms`)), ms)),
  ]);
}

describe('connections across contexts', () => {
  it('an older context closes its connection when a newer schema opens', async () => {
    const factory = new IDBFactory();
    const otherContext = createStoreConnection({ factory, version: 1 });
    const oldDb = await otherContext.open();

    const db = await within(openStore({ factory }));
    expect(db.version).toBe(DB_VERSION);
    // The old connection was closed, not merely abandoned.
    expect(() => oldDb.transaction('mailboxes')).toThrow(/closed|InvalidStateError/i);
    // And its cache was dropped: it reopens instead of handing out the closed connection.
    await expect(otherContext.open()).rejects.toThrow(/version/i);
  });

  it('waits while a connection that ignores versionchange blocks the upgrade, then opens', async () => {
    const factory = new IDBFactory();
    // Opened without a `blocking` handler, as code that is not ours might.
    const foreign = await openDatabase<unknown>(factory, DB_NAME, 1, {
      upgrade: (db, oldVersion, newVersion, tx) => void upgradeTo(db, tx, oldVersion, newVersion ?? 1),
    });
    let foreignClosed = false;
    setTimeout(() => {
      foreignClosed = true;
      foreign.close();
    }, 50);

    const db = await within(openStore({ factory }));
    expect(foreignClosed).toBe(true);
    expect(db.version).toBe(DB_VERSION);
  });

  it('shares one connection per context and reopens after closeStore', async () => {
    const factory = new IDBFactory();
    const first = await openStore({ factory });
    expect(await openStore({ factory })).toBe(first);

    await closeStore({ factory });
    const second = await openStore({ factory });
    expect(second).not.toBe(first);
    await second.put('meta', { locale: 'sv' }, 'settings');
    expect(await second.get('meta', 'settings')).toEqual({ locale: 'sv' });
  });

  it('two contexts at the same version both read and write', async () => {
    const factory = new IDBFactory();
    const popup = createStoreConnection({ factory });
    const worker = createStoreConnection({ factory });
    const popupDb = await popup.open();
    const workerDb = await worker.open();
    expect(popupDb).not.toBe(workerDb);
    await workerDb.put('roles', { id: 'r1', name: 'Admin', requiresBillingWrite: true, syncedAt: 'now' });
    expect(await popupDb.get('roles', 'r1')).toMatchObject({ name: 'Admin' });
  });

  it('drops a connection the browser terminated and opens a new one', async () => {
    const factory = new IDBFactory();
    const first = await openStore({ factory });
    // fake-indexeddb types the parameter as the class rather than an instance.
    forceCloseDatabase(unwrap(first) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    const second = await within(openStore({ factory }));
    expect(second).not.toBe(first);
    expect(await second.count('mailboxes')).toBe(0);
  });

  it('keeps the old version, whole, when a migration fails, and retries on the next open', async () => {
    const factory = new IDBFactory();
    // A version-1 database without the mailboxes store: the v2 migration cannot find it.
    const odd = await openDatabase<unknown>(factory, DB_NAME, 1, {
      upgrade: (db) => void db.createObjectStore('meta'),
    });
    await odd.put('meta', { locale: 'pl' }, 'settings');
    odd.close();

    const failure = await within(openStore({ factory })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreMigrationError);
    expect(failure).toMatchObject({ version: 2, cause: { name: 'NotFoundError' } });

    const after = await openDatabase<unknown>(factory, DB_NAME, 1, {});
    expect(after.version).toBe(1);
    expect([...after.objectStoreNames]).toEqual(['meta']);
    expect(await after.get('meta', 'settings')).toEqual({ locale: 'pl' });
    after.close();
    // The failed open was not cached: the next call tries again (and fails the same way).
    await expect(within(openStore({ factory }))).rejects.toBeInstanceOf(StoreMigrationError);
  });

  it('refuses to open on a web page origin (a content script would write into the page)', async () => {
    vi.stubGlobal('location', { protocol: 'https:' });
    try {
      await expect(openStore()).rejects.toThrow(/extension contexts only/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
