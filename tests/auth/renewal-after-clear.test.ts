/**
 * A token renewal in flight when the user clears local data (or signs out) must not bring the
 * token back: the renewed token is stored only while the credential is still there, checked in
 * the write's own IndexedDB transaction (fake-indexeddb here).
 */
import { describe, expect, it } from 'vitest';
import { clearLocalData } from '../../lib/auth/clear-local-data';
import { saveGoogleSignIn } from '../../lib/auth/google';
import { launchGoogleSignIn } from '../../lib/auth/google-flow';
import { freshGoogleAccessToken } from '../../lib/auth/google-renew';
import { renewMicrosoftToken } from '../../lib/auth/microsoft/refresh';
import { credentialId, type Credential } from '../../lib/store/records';
import type { Repo } from '../../lib/store/repo';
import type { Sandbox } from '../../sandbox/core/sandbox';
import { freshRepo, sandboxFetch } from './helpers';

const REDIRECT = 'https://ebljfbiogjonacloaabckdpmccbhggdi.chromiumapp.org/';
const GOOGLE_ADMIN = 'katrin.sommer@nordlicht.example';
const ENTRA_ADMIN = 'oliver.bennett@nordlicht-nordic.example';

/** A door the in-flight request waits at: `reached` once it is there, `open()` lets it through. */
function gate() {
  let arrive: () => void = () => undefined;
  let release: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => (arrive = resolve));
  const opened = new Promise<void>((resolve) => (release = resolve));
  return { reached, open: () => release(), pass: async () => { arrive(); await opened; } };
}

function microsoftCredential(): Credential {
  return {
    id: credentialId('microsoft', ENTRA_ADMIN), provider: 'microsoft', kind: 'oauth', account: ENTRA_ADMIN,
    accessToken: 'old-graph-token', refreshToken: 'old-refresh-token', expiresAt: new Date(Date.now() - 1000).toISOString(),
    scopes: ['https://graph.microsoft.com/Directory.Read.All'], savedAt: new Date().toISOString(),
  };
}

/** The token endpoint's answer to the refresh, held at the gate. */
function heldTokenEndpoint(door: ReturnType<typeof gate>): typeof fetch {
  return async () => {
    await door.pass();
    return Response.json({ access_token: 'renewed-graph-token', refresh_token: 'rotated-refresh-token', expires_in: 3600 });
  };
}

describe('Microsoft renewal in flight', () => {
  it('stores the renewed token while the admin is still signed in', async () => {
    const repo = freshRepo();
    await repo.putMany('credentials', [microsoftCredential()]);
    const door = gate();
    const renewal = renewMicrosoftToken(ENTRA_ADMIN, { repo, fetch: heldTokenEndpoint(door) });
    await door.reached;
    door.open();
    expect(await renewal).toMatchObject({ ok: true, account: ENTRA_ADMIN });
    expect(await repo.get('credentials', credentialId('microsoft', ENTRA_ADMIN))).toMatchObject({ accessToken: 'renewed-graph-token', refreshToken: 'rotated-refresh-token' });
  });

  it('does not put the token back after "Clear local data" ran during the request', async () => {
    const repo = freshRepo();
    await repo.putMany('credentials', [microsoftCredential()]);
    const door = gate();
    const renewal = renewMicrosoftToken(ENTRA_ADMIN, { repo, fetch: heldTokenEndpoint(door) });
    await door.reached;
    expect((await clearLocalData({ repo })).connections).toEqual([{ provider: 'microsoft', account: ENTRA_ADMIN }]);
    door.open();
    expect(await renewal).toEqual({ ok: false, reason: 'not-signed-in' });
    expect(await repo.getAll('credentials')).toEqual([]);
  });
});

/** chrome.identity against the sandbox's authorize endpoint, held at `door` when given. */
function sandboxIdentity(sandbox: Sandbox, door?: ReturnType<typeof gate>) {
  return {
    getRedirectURL: () => REDIRECT,
    launchWebAuthFlow: async ({ url }: { url: string; interactive?: boolean }) => {
      await door?.pass();
      return (await sandbox.handle(new Request(url, { redirect: 'manual' }))).headers.get('location') ?? '';
    },
  };
}

/** Signed in as the Google admin, the token about to expire (so the next use renews it). */
async function signedInGoogle(sandbox: Sandbox, repo: Repo, fetch: typeof globalThis.fetch): Promise<string> {
  const first = await launchGoogleSignIn({ identity: sandboxIdentity(sandbox) });
  expect(await saveGoogleSignIn(first.accessToken, { repo, fetch })).toMatchObject({ ok: true, account: GOOGLE_ADMIN });
  const id = credentialId('google', GOOGLE_ADMIN);
  const stored = await repo.get('credentials', id);
  if (!stored) throw new Error('the sign-in stored nothing');
  await repo.putMany('credentials', [{ ...stored, expiresAt: new Date(Date.now() + 1000).toISOString() }]);
  return first.accessToken;
}

describe('Google renewal in flight', () => {
  it('does not put the token back after "Clear local data" ran during the silent sign-in', async () => {
    const { sandbox, fetch } = sandboxFetch();
    const repo = freshRepo();
    await signedInGoogle(sandbox, repo, fetch);
    const door = gate();
    const renewal = freshGoogleAccessToken(GOOGLE_ADMIN, { repo, fetch, identity: sandboxIdentity(sandbox, door) });
    await door.reached;
    expect((await clearLocalData({ repo })).connections).toEqual([{ provider: 'google', account: GOOGLE_ADMIN }]);
    door.open();
    await expect(renewal).rejects.toThrow(/not-signed-in/);
    expect(await repo.getAll('credentials')).toEqual([]);
  });

  it('does not put it back when the clear lands while tokeninfo checks the renewed token', async () => {
    const { sandbox, fetch } = sandboxFetch();
    const repo = freshRepo();
    const first = await signedInGoogle(sandbox, repo, fetch);
    const door = gate();
    const heldTokenInfo: typeof globalThis.fetch = async (input, init) => {
      if (new Request(input, init).url.includes('tokeninfo')) await door.pass();
      return fetch(input, init);
    };
    const renewal = freshGoogleAccessToken(GOOGLE_ADMIN, { repo, fetch: heldTokenInfo, identity: sandboxIdentity(sandbox) });
    await door.reached;
    await clearLocalData({ repo });
    door.open();
    await expect(renewal).rejects.toThrow(/not-signed-in/);
    expect(await repo.getAll('credentials')).toEqual([]);

    // Without a clear, the same renewal stores the new token in place of the old one.
    const again = freshRepo();
    await signedInGoogle(sandbox, again, fetch);
    const renewed = await freshGoogleAccessToken(GOOGLE_ADMIN, { repo: again, fetch, identity: sandboxIdentity(sandbox) });
    expect(renewed).not.toBe(first);
    expect((await again.get('credentials', credentialId('google', GOOGLE_ADMIN)))?.accessToken).toBe(renewed);
  });
});
