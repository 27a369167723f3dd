/**
 * Opening the database. Each extension context (service worker, popup, side panel, options)
 * keeps one connection, reused by every caller, and gives it up as soon as another context needs
 * a newer schema: otherwise an extension update would hang until every old page was closed.
 */
import type { IDBPDatabase } from 'idb';
import type { InboxlinkDB } from './db-types';
import { upgradeTo } from './migrations';
import type { UpgradeDatabase, UpgradeTransaction } from './migrations/upgrade-types';
import { openDatabase } from './open-database';
import { DB_NAME, DB_VERSION } from './schema';

export interface StoreOptions {
  /** Defaults to the context's `indexedDB`; tests pass a fresh fake-indexeddb IDBFactory. */
  factory?: IDBFactory;
  /** Defaults to DB_NAME. */
  name?: string;
}

export interface ConnectionOptions extends StoreOptions {
  /** Schema version to open; defaults to DB_VERSION. Lower values build an older schema. */
  version?: number;
}

export type StoreDatabase = IDBPDatabase<InboxlinkDB>;

export interface StoreConnection {
  /** The open database; the same promise until the connection is closed or superseded. */
  open(): Promise<StoreDatabase>;
  close(): Promise<void>;
}

function defaultFactory(): IDBFactory {
  // A content script runs on the page's origin: its IndexedDB would be the web page's, where the
  // page could read what we write. Content scripts ask the background instead.
  const protocol = (globalThis as { location?: { protocol?: string } }).location?.protocol;
  if (protocol === 'http:' || protocol === 'https:') {
    throw new Error('lib/store runs in extension contexts only (not in content scripts or pages)');
  }
  return globalThis.indexedDB;
}

/** One connection with its own cache: what a single extension context holds. */
export function createStoreConnection(options: ConnectionOptions = {}): StoreConnection {
  const name = options.name ?? DB_NAME;
  const version = options.version ?? DB_VERSION;
  let current: Promise<StoreDatabase> | undefined;

  const forget = (promise: Promise<StoreDatabase>) => {
    if (current === promise) current = undefined;
  };

  function open(): Promise<StoreDatabase> {
    if (current) return current;
    let migrationError: unknown;
    const opening: Promise<StoreDatabase> = openDatabase<InboxlinkDB>(
      options.factory ?? defaultFactory(),
      name,
      version,
      {
        upgrade(db, oldVersion, newVersion, tx) {
          // A failed migration surfaces through the open request; tx.done must not also
          // reject unobserved.
          tx.done.catch(() => undefined);
          const target = newVersion ?? version;
          const run = upgradeTo(db as unknown as UpgradeDatabase, tx as unknown as UpgradeTransaction, oldVersion, target);
          run.catch((error: unknown) => {
            // Abort so the database stays at its old version, whole, instead of half-migrated.
            migrationError = error;
            try {
              tx.abort();
            } catch {
              // The transaction already ended; the open request reports the failure.
            }
          });
        },
        // Another context still holds an older connection. Every Inboxlink context closes on
        // `versionchange` (below), so waiting is enough: the open resolves once they have.
        blocked() {},
        blocking(_currentVersion, _blockedVersion, event) {
          (event.target as IDBDatabase).close();
          forget(opening);
        },
        terminated() {
          forget(opening);
        },
      },
    ).catch((error: unknown) => {
      forget(opening);
      throw migrationError ?? error;
    });
    current = opening;
    return opening;
  }

  async function close(): Promise<void> {
    const closing = current;
    current = undefined;
    const db = await closing?.catch(() => undefined);
    db?.close();
  }

  return { open, close };
}

// Connections are cached per factory (and name), not in one global: tests each bring a fresh
// factory and never share a connection, while a real context always uses the same one.
const connections = new WeakMap<IDBFactory, Map<string, StoreConnection>>();

function connectionFor(options: StoreOptions): StoreConnection {
  const factory = options.factory ?? defaultFactory();
  const name = options.name ?? DB_NAME;
  let byName = connections.get(factory);
  if (!byName) {
    byName = new Map();
    connections.set(factory, byName);
  }
  let connection = byName.get(name);
  if (!connection) {
    connection = createStoreConnection({ factory, name });
    byName.set(name, connection);
  }
  return connection;
}

/** This context's connection to the Inboxlink database at the current schema version. */
export async function openStore(options: StoreOptions = {}): Promise<StoreDatabase> {
  return connectionFor(options).open();
}

export async function closeStore(options: StoreOptions = {}): Promise<void> {
  return connectionFor(options).close();
}
