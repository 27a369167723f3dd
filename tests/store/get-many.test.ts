import { describe, expect, it } from 'vitest';
import { getMany } from '../../lib/store/get-many';

/** A store double: requests succeed in a later task, as IndexedDB's do; records how many get() calls each task issued. */
function slowStore(values: Map<string, string>) {
  const perTask: number[] = [0];
  let taskOpen = false;
  const source = {
    get(key: string) {
      if (!taskOpen) {
        taskOpen = true;
        perTask.push(0);
        queueMicrotask(() => (taskOpen = false));
      }
      perTask[perTask.length - 1] = (perTask.at(-1) ?? 0) + 1;
      const request = { result: undefined as string | undefined, onsuccess: null as null | (() => void), onerror: null as null | (() => void), error: null };
      setTimeout(() => {
        request.result = values.get(key);
        request.onsuccess?.();
      });
      return request;
    },
  };
  return { source: source as unknown as IDBObjectStore, perTask: () => perTask.filter((count) => count > 0) };
}

describe('getMany', () => {
  it('answers every key in order (undefined where missing), issuing at most one batch per task', async () => {
    const values = new Map(Array.from({ length: 230 }, (_, index) => [`k${index}`, `v${index}`]));
    const store = slowStore(values);
    const keys = [...Array.from({ length: 230 }, (_, index) => `k${index}`), 'missing'];
    const got = await getMany<string>(store.source, keys, 100);
    expect(got).toEqual([...Array.from({ length: 230 }, (_, index) => `v${index}`), undefined]);
    expect(store.perTask()).toEqual([100, 100, 31]);
  });

  it('answers no keys at once', async () => {
    expect(await getMany(slowStore(new Map()).source, [])).toEqual([]);
  });

  it('reads a real store across batches inside one transaction (each batch from the last callback, while it is active)', async () => {
    const { openDB, unwrap } = await import('idb');
    const { IDBFactory } = await import('fake-indexeddb');
    const original = globalThis.indexedDB;
    globalThis.indexedDB = new IDBFactory();
    const db = await openDB('get-many-test', 1, { upgrade: (database) => void database.createObjectStore('things', { keyPath: 'id' }) }).finally(() => (globalThis.indexedDB = original));
    await Promise.all(Array.from({ length: 25 }, (_, id) => db.put('things', { id, name: `n${id}` })));
    const tx = db.transaction('things', 'readonly');
    const got = await getMany<{ name: string }>(unwrap(tx.objectStore('things')), Array.from({ length: 25 }, (_, id) => id), 4);
    await tx.done;
    expect(got.map((thing) => thing?.name)).toEqual(Array.from({ length: 25 }, (_, id) => `n${id}`));
  });
});
