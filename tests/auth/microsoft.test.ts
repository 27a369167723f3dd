// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MICROSOFT_GRAPH_SCOPES } from '../../lib/auth/microsoft/config';
import { freshMicrosoftAccessToken, renewMicrosoftToken } from '../../lib/auth/microsoft/refresh';
import { saveMicrosoftSession, signOutMicrosoft } from '../../lib/auth/microsoft/save';
import { createMicrosoftSignIn } from '../../lib/auth/microsoft/sign-in';
import type { Sandbox } from '../../sandbox/core/sandbox';
import { freshRepo, sandboxFetch } from './helpers';

const REDIRECT = 'https://ebljfbiogjonacloaabckdpmccbhggdi.chromiumapp.org/';
const ADMIN = 'oliver.bennett@nordlicht-nordic.example';

/** launchWebAuthFlow as Chromium answers when Entra redirects at once (the admin is signed in). */
const launchAgainst = (sandbox: Sandbox, seen: string[]) => async (url: string) => {
  seen.push(url);
  const answer = await sandbox.handle(new Request(url, { redirect: 'manual' }));
  const location = answer.headers.get('location') ?? '';
  if (!location.startsWith(REDIRECT)) throw new Error(`no redirect back (HTTP ${answer.status})`);
  return location;
};

async function graphMe(sandbox: Sandbox, token: string): Promise<Response> {
  return sandbox.handle(new Request('https://graph.microsoft.com/v1.0/me', { headers: { authorization: `Bearer ${token}` } }));
}

describe('Microsoft admin sign-in with the real MSAL 5 against the sandbox', () => {
  it('signs in through the redirect flow, stores the tokens, renews silently in the page and in the background', async () => {
    const { sandbox, fetch } = sandboxFetch();
    const seen: string[] = [];
    const msal = await createMicrosoftSignIn({ redirectUri: REDIRECT, launch: launchAgainst(sandbox, seen), fetch });
    const session = await msal.signIn();
    const asked = new URL(seen[0] ?? '');
    expect(asked.href).toMatch(/^https:\/\/login\.microsoftonline\.com\/organizations\/oauth2\/v2\.0\/authorize\?/);
    expect(asked.searchParams.get('redirect_uri')).toBe(REDIRECT);
    expect(asked.searchParams.get('scope')?.split(' ')).toEqual(expect.arrayContaining([...MICROSOFT_GRAPH_SCOPES, 'offline_access']));
    expect(session).toMatchObject({ account: ADMIN });
    expect(session.refreshToken).toBeTruthy();
    expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());

    const repo = freshRepo();
    expect(await saveMicrosoftSession(session, { repo, fetch })).toMatchObject({ ok: true, account: ADMIN });
    expect(await repo.get('credentials', `microsoft:${ADMIN}`)).toMatchObject({ accessToken: session.accessToken, refreshToken: session.refreshToken, account: ADMIN });

    // Silent renewal in the page: MSAL's acquireTokenSilent goes to the token endpoint with the refresh token.
    const tokenCalls = () => sandbox.world.requests.filter((entry) => entry.path.endsWith('/oauth2/v2.0/token')).length;
    const before = tokenCalls();
    const renewed = await msal.renewSilently(ADMIN);
    expect(tokenCalls()).toBe(before + 1);
    expect(renewed.accessToken).not.toBe(session.accessToken);
    expect(renewed.refreshToken).toBeTruthy();
    expect(renewed.refreshToken).not.toBe(session.refreshToken);
    expect((await graphMe(sandbox, renewed.accessToken)).status).toBe(200);
    expect(await saveMicrosoftSession(renewed, { repo, fetch }, 'microsoft-renew')).toMatchObject({ ok: true });

    // Background renewal without MSAL, from the stored (rotated) refresh token.
    const background = await renewMicrosoftToken(ADMIN, { repo, fetch });
    expect(background).toMatchObject({ ok: true, account: ADMIN });
    const stored = await repo.get('credentials', `microsoft:${ADMIN}`);
    expect(stored?.accessToken).not.toBe(renewed.accessToken);
    expect(stored?.refreshToken).not.toBe(renewed.refreshToken);
    expect((await graphMe(sandbox, stored?.accessToken ?? '')).status).toBe(200);

    const audit = JSON.stringify(await repo.getAll('audit'));
    for (const secret of [session.accessToken, session.refreshToken ?? '-', renewed.accessToken]) expect(audit).not.toContain(secret);
  });

  it('the background renews an expiring token before use and asks for a new sign-in when the refresh token is spent', async () => {
    const { sandbox, fetch } = sandboxFetch();
    const msal = await createMicrosoftSignIn({ redirectUri: REDIRECT, launch: launchAgainst(sandbox, []), fetch });
    const session = await msal.signIn();
    const repo = freshRepo();
    await saveMicrosoftSession({ ...session, expiresAt: new Date(Date.now() + 60_000).toISOString() }, { repo, fetch });
    const token = await freshMicrosoftAccessToken(ADMIN, { repo, fetch });
    expect(token).not.toBe(session.accessToken);
    // Still fresh now: no second renewal.
    expect(await freshMicrosoftAccessToken(ADMIN, { repo, fetch })).toBe(token);
    // The page's copy of the first refresh token was rotated away by the background's renewal.
    await repo.putMany('credentials', [{ ...(await repo.get('credentials', `microsoft:${ADMIN}`))!, refreshToken: session.refreshToken ?? '' }]);
    expect(await renewMicrosoftToken(ADMIN, { repo, fetch })).toEqual({ ok: false, reason: 'sign-in-again' });
  });

  it('refuses a session whose token belongs to someone else, and signs out', async () => {
    const { sandbox, fetch } = sandboxFetch();
    const msal = await createMicrosoftSignIn({ redirectUri: REDIRECT, launch: launchAgainst(sandbox, []), fetch });
    const session = await msal.signIn();
    const repo = freshRepo();
    expect(await saveMicrosoftSession({ ...session, account: 'mallory@nordlicht-nordic.example' }, { repo, fetch })).toEqual({ ok: false, reason: 'wrong-account' });
    expect(await saveMicrosoftSession({ ...session, accessToken: 'not-a-jwt' }, { repo, fetch })).toEqual({ ok: false, reason: 'invalid-token' });
    expect(await repo.getAll('credentials')).toEqual([]);
    await saveMicrosoftSession(session, { repo, fetch });
    expect(await signOutMicrosoft(ADMIN, { repo })).toEqual({ signedOut: true });
    expect(await repo.getAll('credentials')).toEqual([]);
    expect(await renewMicrosoftToken(ADMIN, { repo, fetch })).toEqual({ ok: false, reason: 'not-signed-in' });
  });
});
