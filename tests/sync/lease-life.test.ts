import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createStoreAccess } from '../../lib/store/access';
import { acquireLease, leaseIsLive, newRunHolder, WORKER_LIFE } from '../../lib/sync/lease';

describe('sync lease across worker lives', () => {
  const access = () => createStoreAccess({ factory: new IDBFactory(), changes: { notifyChanged: () => undefined } });

  it('a live lease of this worker life keeps a second run out', async () => {
    const store = access();
    expect(await acquireLease(store, newRunHolder())).toBe(true);
    expect(await acquireLease(store, newRunHolder())).toBe(false);
    expect(await leaseIsLive(store)).toBe(true);
  });

  it('a lease left by an earlier worker life is not waited out', async () => {
    const store = access();
    const earlier = `${crypto.randomUUID()}/${crypto.randomUUID()}`;
    expect(earlier.startsWith(WORKER_LIFE)).toBe(false);
    expect(await acquireLease(store, earlier)).toBe(true);
    expect(await leaseIsLive(store)).toBe(false);
    expect(await acquireLease(store, newRunHolder())).toBe(true);
  });

  it('a holder without a life (tests, older versions) keeps the TTL rule', async () => {
    const store = access();
    expect(await acquireLease(store, 'plain-holder')).toBe(true);
    expect(await acquireLease(store, newRunHolder())).toBe(false);
  });
});
