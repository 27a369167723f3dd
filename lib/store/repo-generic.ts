/** Store-agnostic typed helpers: get, list, put, remove and clear by policy. */
import type { IndexKey, IndexNames, StoreKey, StoreValue } from 'idb';
import type { StoreAccess } from './access';
import type { InboxlinkDB, InlineKeyStoreName, StoreName } from './db-types';
import { putAll } from './put-all';
import { storesClearedBy, type ClearTrigger } from './schema';

export function genericHelpers(access: StoreAccess) {
  return {
    async get<S extends StoreName>(store: S, key: StoreKey<InboxlinkDB, S>): Promise<StoreValue<InboxlinkDB, S> | undefined> {
      return (await access.db()).get(store, key);
    },

    async getAll<S extends StoreName>(store: S): Promise<StoreValue<InboxlinkDB, S>[]> {
      return (await access.db()).getAll(store);
    },

    async getAllByIndex<S extends StoreName, I extends IndexNames<InboxlinkDB, S>>(
      store: S,
      index: I,
      query: IndexKey<InboxlinkDB, S, I> | IDBKeyRange,
    ): Promise<StoreValue<InboxlinkDB, S>[]> {
      return (await access.db()).getAllFromIndex(store, index, query);
    },

    /** Puts every value in one transaction: all land or none. Keys are stable, so re-runs replace. */
    async putMany<S extends InlineKeyStoreName>(store: S, values: readonly StoreValue<InboxlinkDB, S>[]): Promise<void> {
      if (values.length === 0) return;
      await access.write([store], (tx) => putAll(tx.objectStore(store), values));
    },

    /**
     * Replaces a record only while it is still stored: read and write in one transaction, so a
     * clear or removal cannot land between them and be undone by the write (a token renewal that
     * finishes after "Clear local data" or a sign-out). `next` gets the stored record and may
     * decline with undefined. Returns what was written, or undefined when nothing was.
     */
    async updateIfPresent<S extends InlineKeyStoreName>(
      store: S,
      key: StoreKey<InboxlinkDB, S>,
      next: (stored: StoreValue<InboxlinkDB, S>) => StoreValue<InboxlinkDB, S> | undefined,
    ): Promise<StoreValue<InboxlinkDB, S> | undefined> {
      return access.write([store], async (tx) => {
        const target = tx.objectStore(store);
        const stored = await target.get(key);
        const value = stored === undefined ? undefined : next(stored);
        if (value !== undefined) await target.put(value);
        return value;
      });
    },

    async remove<S extends StoreName>(store: S, key: StoreKey<InboxlinkDB, S>): Promise<void> {
      await access.write([store], (tx) => tx.objectStore(store).delete(key));
    },

    /** Empties, in one transaction, every store the trigger clears (see CLEARED_BY). */
    async clearByPolicy(trigger: ClearTrigger): Promise<StoreName[]> {
      const stores = storesClearedBy(trigger);
      await access.write(stores, async (tx) => {
        await Promise.all(stores.map((name) => tx.objectStore(name).clear()));
      });
      return stores;
    },
  };
}
