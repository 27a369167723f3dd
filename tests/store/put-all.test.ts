import { describe, expect, it } from 'vitest';
import { putAll } from '../../lib/store/put-all';

/** A target whose puts resolve only when the test says so, to see when each was issued. */
function deferredTarget() {
  const issued: number[] = [];
  const resolvers: (() => void)[] = [];
  return {
    issued,
    resolveAll: () => resolvers.forEach((resolve) => resolve()),
    put(value: number) {
      issued.push(value);
      return new Promise<void>((resolve) => resolvers.push(resolve));
    },
  };
}

describe('putAll', () => {
  it('issues every put before any of them has finished', async () => {
    const target = deferredTarget();
    const done = putAll(target, [1, 2, 3]);
    expect(target.issued).toEqual([1, 2, 3]);
    target.resolveAll();
    await expect(done).resolves.toBeUndefined();
  });

  it('rejects with the error of a value that cannot be put, and leaves no unhandled echo', async () => {
    const failing = {
      calls: 0,
      put(value: number) {
        this.calls += 1;
        if (value === 2) throw new DOMException('cannot clone', 'DataCloneError');
        return Promise.reject(new Error('aborted by the failed put'));
      },
    };
    await expect(putAll(failing, [1, 2, 3])).rejects.toThrow('cannot clone');
    expect(failing.calls).toBe(2);
  });
});

describe('putAll on an IndexedDB store (the plain requests under idb)', () => {
  /** A fresh database of its own factory (idb opens through the global, swapped for the call). */
  async function database() {
    const { openDB } = await import('idb');
    const { IDBFactory } = await import('fake-indexeddb');
    const original = globalThis.indexedDB;
    globalThis.indexedDB = new IDBFactory();
    try {
      return await openDB('put-all-test', 1, {
        upgrade(db) {
          db.createObjectStore('people', { keyPath: 'id' }).createIndex('email', 'email', { unique: true });
        },
      });
    } finally {
      globalThis.indexedDB = original;
    }
  }

  it('stores every record, readable in the same transaction once it resolves', async () => {
    const db = await database();
    const tx = db.transaction('people', 'readwrite');
    const people = Array.from({ length: 250 }, (_, index) => ({ id: index, email: `p${index}@x.example` }));
    await putAll(tx.objectStore('people'), people);
    expect(await tx.objectStore('people').count()).toBe(250);
    await tx.done;
    expect((await db.getAll('people')).map((person) => person.id)).toEqual(people.map((person) => person.id));
  });

  it('rejects with the first failing request\'s own error (not the abort that follows) and stores nothing', async () => {
    const db = await database();
    const tx = db.transaction('people', 'readwrite');
    // Observed from the start: the transaction aborts while putAll is still being awaited.
    const ended = tx.done.then(() => 'committed', (error: DOMException) => error.name);
    const people = [{ id: 1, email: 'same@x.example' }, { id: 2, email: 'same@x.example' }, { id: 3, email: 'other@x.example' }];
    await expect(putAll(tx.objectStore('people'), people)).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await ended).toBe('AbortError');
    expect(await db.count('people')).toBe(0);
  });

  it('resolves at once for no records', async () => {
    const db = await database();
    const tx = db.transaction('people', 'readwrite');
    await expect(putAll(tx.objectStore('people'), [])).resolves.toBeUndefined();
    await tx.done;
  });
});
