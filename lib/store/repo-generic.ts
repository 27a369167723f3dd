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
