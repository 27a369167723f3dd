import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { ADMIN_SCOPE, EXTENSION_CLIENT, REDIRECT, authorizeUrl, consentRequestId, form, newWorld, send, tokenFor } from './fixture';
import { expectShape, oauthErrorSchema, tokenResponseSchema, tokeninfoSchema } from './schemas';

const fragment = (location: string | null) => new URLSearchParams(new URL(location ?? 'https://x/').hash.slice(1));
const query = (location: string | null) => new URL(location ?? 'https://x/').searchParams;

describe('Google OAuth for launchWebAuthFlow', () => {
  it('implicit flow without prompt redirects at once with a token for signedIn.google', async () => {
    const world = newWorld();
    const response = await send(world, authorizeUrl({ state: 's1', scope: `${ADMIN_SCOPE} email` }));
    expect(response.status).toBe(302);
    const location = response.headers.get('location') ?? '';
    expect(location.startsWith(REDIRECT)).toBe(true);
    const params = fragment(location);
    expect(params.get('state')).toBe('s1');
    expect(params.get('token_type')).toBe('Bearer');
    expect(params.get('expires_in')).toBe('3599');
    const info = await send(world, `https://oauth2.googleapis.com/tokeninfo?access_token=${params.get('access_token')}`);
    expect(info.status).toBe(200);
    const body = await info.json();
    expectShape(body, tokeninfoSchema);
    expect(body).toMatchObject({ email: 'anna@acme.example', email_verified: 'true', aud: EXTENSION_CLIENT, access_type: 'online' });
    expect(body.scope).toBe(`${ADMIN_SCOPE} email`);
  });

  it('tokeninfo leaves out email without an email scope', async () => {
    const world = newWorld();
    const token = await tokenFor(world, 'anna@acme.example', [ADMIN_SCOPE]);
    const body = await (await send(world, `https://www.googleapis.com/oauth2/v3/tokeninfo?access_token=${token}`)).json();
    expectShape(body, tokeninfoSchema);
    expect(body.email).toBeUndefined();
  });

  it('prompt=consent shows a consent page; Allow redirects with a token, Cancel with access_denied', async () => {
    const world = newWorld();
    const page = await send(world, authorizeUrl({ prompt: 'consent', state: 'abc' }));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('anna@acme.example');
    expect(html).toContain('>Allow</button>');
    expect(html).toContain('>Cancel</button>');
    const allow = await send(world, 'https://accounts.google.com/signin/oauth/consent', form({ request: consentRequestId(html), decision: 'allow' }));
    expect(fragment(allow.headers.get('location')).get('access_token')).toMatch(/^ya29\./);

    const again = await (await send(world, authorizeUrl({ prompt: 'consent', state: 'abc' }))).text();
    const cancel = await send(world, 'https://accounts.google.com/signin/oauth/consent', form({ request: consentRequestId(again), decision: 'cancel' }));
    expect(Object.fromEntries(fragment(cancel.headers.get('location')))).toEqual({ state: 'abc', error: 'access_denied' });
  });

  it('prompt=none without a session answers login_required', async () => {
    const world = newWorld();
    delete world.scenario.signedIn;
    const response = await send(world, authorizeUrl({ prompt: 'none' }));
    expect(fragment(response.headers.get('location')).get('error')).toBe('login_required');
  });

  it('rejects a non-https redirect_uri with an error page', async () => {
    const world = newWorld();
    const response = await send(world, authorizeUrl({ redirect_uri: 'http://evil.example/' }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('redirect_uri_mismatch');
  });

  it('code flow with PKCE S256: exchange, refresh, revoke, then invalid_grant', async () => {
    const world = newWorld();
    const verifier = 'v'.repeat(50);
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const start = await send(world, authorizeUrl({ response_type: 'code', access_type: 'offline', code_challenge: challenge, code_challenge_method: 'S256', state: 'q' }));
    const code = query(start.headers.get('location')).get('code') ?? '';
    expect(query(start.headers.get('location')).get('state')).toBe('q');

    const exchange = (codeVerifier: string) => send(world, 'https://oauth2.googleapis.com/token',
      form({ grant_type: 'authorization_code', code, client_id: EXTENSION_CLIENT, redirect_uri: REDIRECT, code_verifier: codeVerifier }));
    const wrong = await exchange('w'.repeat(50));
    expect(wrong.status).toBe(400);
    expectShape(await wrong.json(), oauthErrorSchema('invalid_grant'));
    const tokens = await (await exchange(verifier)).json();
    expectShape(tokens, tokenResponseSchema);
    expect(tokens.refresh_token).toBeDefined();
    const reused = await exchange(verifier);
    expectShape(await reused.json(), oauthErrorSchema('invalid_grant'));

    const refresh = () => send(world, 'https://oauth2.googleapis.com/token', form({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: EXTENSION_CLIENT }));
    const refreshed = await (await refresh()).json();
    expectShape(refreshed, tokenResponseSchema);
    const info = await (await send(world, `https://oauth2.googleapis.com/tokeninfo?access_token=${refreshed.access_token}`)).json();
    expect(info.access_type).toBe('offline');

    // Revoking the access token revokes its refresh token too (§1).
    const revoke = await send(world, 'https://oauth2.googleapis.com/revoke', form({ token: tokens.access_token }));
    expect(revoke.status).toBe(200);
    const after = await refresh();
    expect(after.status).toBe(400);
    expectShape(await after.json(), oauthErrorSchema('invalid_grant'));
  });

  it('revoke of an unknown or already revoked token: 400 invalid_token "Token expired or revoked"', async () => {
    const world = newWorld();
    const token = await tokenFor(world, 'anna@acme.example', ['email']);
    expect((await send(world, `https://oauth2.googleapis.com/revoke?token=${token}`, { method: 'POST' })).status).toBe(200);
    for (const value of [token, 'nonsense']) {
      const response = await send(world, `https://oauth2.googleapis.com/revoke?token=${value}`, { method: 'POST' });
      expect(response.status).toBe(400);
      expectShape(await response.json(), oauthErrorSchema('invalid_token', 'Token expired or revoked'));
    }
    const legacy = await send(world, `https://accounts.google.com/o/oauth2/revoke?token=${token}`);
    expect(legacy.status).toBe(400);
  });

  it('tokeninfo: 400 invalid_token "Invalid Value" for unknown tokens and expired ones', async () => {
    const world = newWorld();
    const token = await tokenFor(world, 'anna@acme.example', ['email']);
    const live = await send(world, `https://oauth2.googleapis.com/tokeninfo?access_token=${token}`);
    expect(live.status).toBe(200);
    // Two hours later on the sandbox clock the hour-long token has expired.
    const later = Date.now() + 2 * 3600_000;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    for (const value of [token, 'nope']) {
      const response = await send(world, `https://oauth2.googleapis.com/tokeninfo?access_token=${value}`);
      expect(response.status).toBe(400);
      expectShape(await response.json(), oauthErrorSchema('invalid_token', 'Invalid Value'));
    }
    vi.restoreAllMocks();
  });
});
