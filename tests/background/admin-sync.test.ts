/**
 * Issue 12, point 2: an admin sign-in starts the grant sync at once. The Google save handler
 * starts it only for a sign-in that was saved; a pass that could not run because another held
 * the lease (planned before this admin's credential existed) runs again once the lease is free.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { syncAfterAdminSignIn } from '../../lib/background/admin-sync';
import { createGoogleSaveHandler } from '../../lib/background/handlers/auth/google-save';
import { createStoreAccess } from '../../lib/store/access';
import type { PassResult, SyncEnvironment } from '../../lib/sync';

const context = { sender: { kind: 'extension' } } as unknown as Parameters<ReturnType<typeof createGoogleSaveHandler>>[1];

describe('Google admin sign-in', () => {
  it('starts the grant sync once the credential is saved', async () => {
    const sync = vi.fn();
    const handler = createGoogleSaveHandler({ save: async () => ({ ok: true, account: 'admin@x.example', scopes: [] }), sync });
    expect(await handler({ accessToken: 't' }, context)).toMatchObject({ ok: true });
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it('starts nothing when the sign-in was refused', async () => {
    const sync = vi.fn();
    const handler = createGoogleSaveHandler({ save: async () => ({ ok: false, reason: 'missing-scope' }), sync });
    expect(await handler({ accessToken: 't' }, context)).toMatchObject({ ok: false });
    expect(sync).not.toHaveBeenCalled();
  });
});

describe('the sync after a sign-in', () => {
  const env = (): SyncEnvironment => ({ access: createStoreAccess({ factory: new IDBFactory() }), clients: async () => ({}) });

  it('runs one pass when it gets the lease', async () => {
    const run = vi.fn(async (): Promise<PassResult> => ({ ran: true, status: undefined }));
    await syncAfterAdminSignIn({ env, run });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs again once another run’s lease is free, so the new admin’s job is not left to the next alarm', async () => {
    const results: PassResult[] = [{ ran: false, status: undefined }, { ran: true, status: undefined }];
    const run = vi.fn(async (): Promise<PassResult> => results.shift() ?? { ran: true, status: undefined });
    expect(await syncAfterAdminSignIn({ env, run, pollMs: 10 })).toMatchObject({ ran: true });
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs no second pass when the user\'s "Sync now" replaced it: that pass already has the new admin\'s job', async () => {
    const run = vi.fn(async (): Promise<PassResult> => ({ ran: false, superseded: true, status: undefined }));
    expect(await syncAfterAdminSignIn({ env, run, pollMs: 10 })).toMatchObject({ superseded: true });
    expect(run).toHaveBeenCalledTimes(1);
  });
});
