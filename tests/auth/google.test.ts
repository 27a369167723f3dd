import { describe, expect, it } from 'vitest';
import { saveGoogleSignIn, signOutGoogle } from '../../lib/auth/google';
import { freshGoogleAccessToken } from '../../lib/auth/google-renew';
import { googleAuthorizeUrl, grantFrom, launchGoogleSignIn } from '../../lib/auth/google-flow';
import type { Sandbox } from '../../sandbox/core/sandbox';
import { freshRepo, sandboxFetch } from './helpers';

const REDIRECT = 'https://ebljfbiogjonacloaabckdpmccbhggdi.chromiumapp.org/';
const ADMIN = 'katrin.sommer@nordlicht.example';

/** chrome.identity as Chromium behaves when the provider redirects at once: the final URL. */
function sandboxIdentity(sandbox: Sandbox, seen: string[] = []) {
  return {
    getRedirectURL: () => REDIRECT,
    launchWebAuthFlow: async ({ url }: { url: string; interactive?: boolean }) => {
      seen.push(url);
      const answer = await sandbox.handle(new Request(url, { redirect: 'manual' }));
      const location = answer.headers.get('location');
      if (!location?.startsWith(REDIRECT)) throw new Error(`authorize did not redirect back (HTTP ${answer.status})`);
      return location;
    },
  };
}

describe('Google admin sign-in', () => {
  it('launches the implicit flow, checks the token with tokeninfo and stores it by address', async () => {
    const { sandbox, fetch } = sandboxFetch();
    const seen: string[] = [];
    const grant = await launchGoogleSignIn({ identity: sandboxIdentity(sandbox, seen) });
    const asked = new URL(seen[0] ?? '');
    expect(asked.origin + asked.pathname).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    expect(asked.searchParams.get('response_type')).toBe('token');
    expect(asked.searchParams.get('redirect_uri')).toBe(REDIRECT);
    expect(asked.searchParams.get('scope')).toBe('https://www.googleapis.com/auth/admin.directory.user.security https://www.googleapis.com/auth/admin.reports.audit.readonly email');

    const repo = freshRepo();
    const saved = await saveGoogleSignIn(grant.accessToken, { repo, fetch });
    expect(saved).toMatchObject({ ok: true, account: ADMIN });
    const credential = await repo.get('credentials', `google:${ADMIN}`);
    expect(credential).toMatchObject({ provider: 'google', kind: 'oauth', account: ADMIN, accessToken: grant.accessToken });
    expect(Date.parse(credential?.expiresAt ?? '')).toBeGreaterThan(Date.now());
    expect(JSON.stringify(await repo.getAll('audit'))).not.toContain(grant.accessToken);
  });

  it('renews silently with prompt=none', async () => {
    const { sandbox } = sandboxFetch();
    const seen: string[] = [];
    const grant = await launchGoogleSignIn({ identity: sandboxIdentity(sandbox, seen), silent: true, loginHint: ADMIN });
    expect(new URL(seen[0] ?? '').searchParams.get('prompt')).toBe('none');
    expect(grant.accessToken).not.toBe('');
  });

  it('refuses a forged redirect and reports Google\'s errors', () => {
    expect(() => grantFrom(`${REDIRECT}#access_token=x&state=other`, 'mine')).toThrow(/state-mismatch/);
    expect(() => grantFrom(`${REDIRECT}#error=access_denied&state=mine`, 'mine')).toThrow(/cancelled/);
    expect(() => grantFrom(`${REDIRECT}?error=login_required&state=mine`, 'mine')).toThrow(/login_required/);
    expect(grantFrom(`${REDIRECT}#access_token=t&expires_in=3599&state=mine`, 'mine')).toEqual({ accessToken: 't', expiresInSeconds: 3599 });
  });

  it('refuses a token tokeninfo does not know, or one of another app', async () => {
    const { sandbox, fetch } = sandboxFetch();
    const repo = freshRepo();
    expect(await saveGoogleSignIn('ya29.not-a-token', { repo, fetch })).toEqual({ ok: false, reason: 'invalid-token' });
    const foreign = googleAuthorizeUrl({ redirectUri: REDIRECT, state: 's', silent: false }).replace(/client_id=[^&]+/, 'client_id=someone-else');
    const location = (await sandbox.handle(new Request(foreign))).headers.get('location') ?? '';
    const token = new URLSearchParams(location.split('#')[1]).get('access_token') ?? '';
    expect(await saveGoogleSignIn(token, { repo, fetch })).toEqual({ ok: false, reason: 'wrong-client' });
    expect(await repo.getAll('credentials')).toEqual([]);
  });

  it('sign-out revokes the token at Google and removes it', async () => {
    const { sandbox, fetch } = sandboxFetch();
    const repo = freshRepo();
    const grant = await launchGoogleSignIn({ identity: sandboxIdentity(sandbox) });
    await saveGoogleSignIn(grant.accessToken, { repo, fetch });
    expect(await signOutGoogle(ADMIN, { repo, fetch })).toEqual({ signedOut: true, revoked: true });
    expect(await repo.getAll('credentials')).toEqual([]);
    expect(sandbox.world.requests.some((entry) => entry.host === 'oauth2.googleapis.com' && entry.path === '/revoke' && entry.status === 200)).toBe(true);
    // The revoked token is dead at Google too.
    expect(await saveGoogleSignIn(grant.accessToken, { repo, fetch })).toEqual({ ok: false, reason: 'invalid-token' });
    expect(await signOutGoogle(ADMIN, { repo, fetch })).toEqual({ signedOut: false, revoked: false });
  });
});

describe('Google renewal for the background', () => {
  it('keeps a fresh token, renews an expiring one silently, and asks for a sign-in when Google needs the admin', async () => {
    const { sandbox, fetch } = sandboxFetch();
    const repo = freshRepo();
    const seen: string[] = [];
    const identity = sandboxIdentity(sandbox, seen);
    const first = await launchGoogleSignIn({ identity });
    await saveGoogleSignIn(first.accessToken, { repo, fetch });
    expect(await freshGoogleAccessToken(ADMIN, { repo, fetch, identity })).toBe(first.accessToken);
    expect(seen).toHaveLength(1);

    const soon = await repo.get('credentials', `google:${ADMIN}`);
    await repo.putMany('credentials', [{ ...soon!, expiresAt: new Date(Date.now() + 60_000).toISOString() }]);
    const renewed = await freshGoogleAccessToken(ADMIN, { repo, fetch, identity });
    expect(renewed).not.toBe(first.accessToken);
    const silent = new URL(seen[1] ?? '');
    expect(silent.searchParams.get('prompt')).toBe('none');
    expect(silent.searchParams.get('login_hint')).toBe(ADMIN);
    expect((await repo.get('credentials', `google:${ADMIN}`))?.accessToken).toBe(renewed);

    // The admin's Google session ended: prompt=none cannot answer without a screen.
    await repo.putMany('credentials', [{ ...(await repo.get('credentials', `google:${ADMIN}`))!, expiresAt: new Date(0).toISOString() }]);
    sandbox.world.scenario.signedIn = { ...sandbox.world.scenario.signedIn, google: undefined };
    const ended = {
      getRedirectURL: () => REDIRECT,
      launchWebAuthFlow: async ({ url }: { url: string }) => (await sandbox.handle(new Request(url, { redirect: 'manual' }))).headers.get('location') ?? '',
    };
    await expect(freshGoogleAccessToken(ADMIN, { repo, fetch, identity: ended })).rejects.toThrow(/login_required|interaction_required/);
  });
});
