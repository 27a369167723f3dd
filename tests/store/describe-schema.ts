/** Reads the layout a real database has, and the layout the registry promises, in one shape. */
import type { IDBPDatabase } from 'idb';
import { STORES, STORE_NAMES } from '../../lib/store/schema';

interface IndexLayout {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}
interface StoreLayout {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexLayout[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export function actualLayout(db: IDBPDatabase<unknown>): Record<string, StoreLayout> {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const layout: Record<string, StoreLayout> = {};
  for (const name of names) {
    const store = tx.objectStore(name);
    const indexes = [...store.indexNames].map((indexName) => {
      const index = store.index(indexName);
      return {
        name: indexName,
        keyPath: index.keyPath as string | string[],
        unique: index.unique,
        multiEntry: index.multiEntry,
      };
    });
    layout[name] = {
      keyPath: store.keyPath as string | string[] | null,
      autoIncrement: store.autoIncrement,
      indexes: indexes.sort(byName),
    };
  }
  return layout;
}

export function registryLayout(): Record<string, StoreLayout> {
  const layout: Record<string, StoreLayout> = {};
  for (const name of STORE_NAMES) {
    const def = STORES[name];
    layout[name] = {
      keyPath: 'keyPath' in def ? def.keyPath : null,
      autoIncrement: 'autoIncrement' in def ? def.autoIncrement : false,
      indexes: def.indexes
        .map((index) => ({
          name: index.name,
          keyPath: typeof index.keyPath === 'string' ? index.keyPath : [...index.keyPath],
          unique: 'unique' in index ? Boolean(index.unique) : false,
          multiEntry: 'multiEntry' in index ? Boolean(index.multiEntry) : false,
        }))
        .sort(byName),
    };
  }
  return layout;
}
