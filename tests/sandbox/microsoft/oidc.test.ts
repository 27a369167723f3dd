import { createPublicKey, verify, type JsonWebKeyInput } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { userObjectId } from '../../../sandbox/hosts/microsoft/index';
import { ADMIN_SCOPES, CLIENT_ID, REDIRECT, TENANT, authorizeUrl, form, newWorld, pkce, send, signIn, signInRequestId } from './fixture';
import { aadErrorSchema, expectShape, idTokenClaimsSchema, openIdConfigurationSchema, tokenResponseSchema } from './schemas';

const LOGIN = 'https://login.microsoftonline.com';
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
const fragmentOf = (response: Response) => new URLSearchParams(new URL(response.headers.get('location') ?? 'https://x/').hash.slice(1));

/** Verifies a compact RS256 JWS against a JWKS with node:crypto only. */
function verifyJwt(jwt: string, keys: { kid: string }[]): Record<string, unknown> {
  const [header = '', payload = '', signature = ''] = jwt.split('.');
  const { kid, alg } = decode(header);
  expect(alg).toBe('RS256');
  const jwk = keys.find((k) => k.kid === kid) as JsonWebKey | undefined;
  expect(jwk, `kid ${kid} in JWKS`).toBeDefined();
  const key = createPublicKey({ key: jwk ?? {}, format: 'jwk' } as JsonWebKeyInput);
  expect(verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'))).toBe(true);
  return decode(payload);
}

describe('Microsoft identity platform v2.0, as MSAL uses it (providers.md §9)', () => {
  it('discovery → authorize (PKCE S256, fragment) → token → id_token verifies with the JWKS, nonce echoes → refresh', async () => {
    const world = newWorld();
    const config = await (await send(world, `${LOGIN}/${TENANT}/v2.0/.well-known/openid-configuration`)).json();
    expectShape(config, openIdConfigurationSchema);
    expect(config.issuer).toBe(`${LOGIN}/${TENANT}/v2.0`);

    const { verifier, challenge } = pkce();
    const start = await send(world, `${config.authorization_endpoint}?${new URLSearchParams({
      client_id: CLIENT_ID, redirect_uri: REDIRECT, response_type: 'code', response_mode: 'fragment', scope: ADMIN_SCOPES,
      code_challenge: challenge, code_challenge_method: 'S256', state: 'state-1', nonce: 'nonce-1', client_info: '1',
    })}`);
    expect(start.status).toBe(302);
    expect(start.headers.get('location')?.startsWith(`${REDIRECT}#`)).toBe(true);
    const fragment = fragmentOf(start);
    expect(fragment.get('state')).toBe('state-1');
    expect(decode(fragment.get('client_info') ?? '')).toEqual({ uid: userObjectId('ada@contoso.example'), utid: TENANT });

    const exchange = () => send(world, config.token_endpoint, form({
      client_id: CLIENT_ID, grant_type: 'authorization_code', code: fragment.get('code') ?? '', redirect_uri: REDIRECT, code_verifier: verifier, scope: ADMIN_SCOPES,
    }));
    const tokenAnswer = await exchange();
    expect(tokenAnswer.status).toBe(200);
    const tokens = await tokenAnswer.json();
    expectShape(tokens, tokenResponseSchema);
    expect(tokens.scope).toBe(ADMIN_SCOPES);

    const jwks = await (await send(world, config.jwks_uri)).json();
    const claims = verifyJwt(tokens.id_token, jwks.keys);
    expectShape(claims, idTokenClaimsSchema);
    expect(claims).toMatchObject({ iss: config.issuer, aud: CLIENT_ID, nonce: 'nonce-1', tid: TENANT, oid: userObjectId('ada@contoso.example'), preferred_username: 'ada@contoso.example', name: 'Ada Admin' });
    expect(verifyJwt(tokens.access_token, jwks.keys)).toMatchObject({ scp: 'DelegatedPermissionGrant.ReadWrite.All', upn: 'ada@contoso.example' });

    // A code works once.
    expectShape(await (await exchange()).json(), aadErrorSchema('invalid_grant'));

    const refresh = () => send(world, config.token_endpoint, form({ client_id: CLIENT_ID, grant_type: 'refresh_token', refresh_token: tokens.refresh_token, scope: ADMIN_SCOPES }));
    const renewed = await refresh();
    expect(renewed.status).toBe(200);
    const renewedBody = await renewed.json();
    expectShape(renewedBody, tokenResponseSchema);
    expect(renewedBody.access_token).not.toBe(tokens.access_token);
    expect(renewedBody.refresh_token).not.toBe(tokens.refresh_token);
    expect((await send(world, 'https://graph.microsoft.com/v1.0/me', { headers: { authorization: `Bearer ${renewedBody.access_token}` } })).status).toBe(200);
    // Refresh tokens rotate: the spent one is refused.
    expectShape(await (await refresh()).json(), aadErrorSchema('invalid_grant'));
  });

  it('serves the aliases: common, organizations, a tenant domain, and the non-v2 metadata path', async () => {
    const world = newWorld();
    for (const [path, issuer] of [
      ['common/v2.0/.well-known/openid-configuration', `${LOGIN}/{tenantid}/v2.0`],
      ['organizations/v2.0/.well-known/openid-configuration', `${LOGIN}/{tenantid}/v2.0`],
      ['contoso.example/v2.0/.well-known/openid-configuration', `${LOGIN}/${TENANT}/v2.0`],
      [`${TENANT}/.well-known/openid-configuration`, `${LOGIN}/${TENANT}/v2.0`],
    ] as const) {
      const body = await (await send(world, `${LOGIN}/${path}`)).json();
      expectShape(body, openIdConfigurationSchema);
      expect(body.issuer).toBe(issuer);
    }
    const unknown = await send(world, `${LOGIN}/nowhere.example/v2.0/.well-known/openid-configuration`);
    expect(unknown.status).toBe(400);
    expectShape(await unknown.json(), aadErrorSchema('invalid_tenant'));
  });

  it('rejects a wrong code_verifier', async () => {
    const world = newWorld();
    const { challenge } = pkce();
    const start = await send(world, authorizeUrl(TENANT, { scope: ADMIN_SCOPES, code_challenge: challenge }));
    const answer = await send(world, `${LOGIN}/${TENANT}/oauth2/v2.0/token`, form({
      client_id: CLIENT_ID, grant_type: 'authorization_code', code: fragmentOf(start).get('code') ?? '', redirect_uri: REDIRECT, code_verifier: pkce().verifier,
    }));
    expect(answer.status).toBe(400);
    const body = await answer.json();
    expectShape(body, aadErrorSchema('invalid_grant'));
    expect(body.error_codes).toEqual([501481]);
  });

  it('prompt=login shows the screen; Cancel returns access_denied, Accept a code; query mode works too', async () => {
    const world = newWorld();
    const { challenge } = pkce();
    const screen = async () => (await send(world, authorizeUrl('common', { scope: 'openid', code_challenge: challenge, prompt: 'login', state: 's', response_mode: 'query' }))).text();
    const html = await screen();
    expect(html).toContain('ada@contoso.example');
    const cancel = await send(world, `${LOGIN}/common/login`, form({ request: signInRequestId(html), decision: 'cancel' }));
    const cancelled = new URL(cancel.headers.get('location') ?? '').searchParams;
    expect(cancelled.get('error')).toBe('access_denied');
    expect(cancelled.get('state')).toBe('s');
    const accept = await send(world, `${LOGIN}/common/login`, form({ request: signInRequestId(await screen()), decision: 'accept' }));
    expect(new URL(accept.headers.get('location') ?? '').searchParams.get('code')).toBeTruthy();
  });

  it('a tenant authority refuses accounts of other tenants; consumers signs in personal accounts', async () => {
    const world = newWorld();
    const { challenge } = pkce();
    const foreign = await send(world, authorizeUrl(TENANT, { scope: 'openid', code_challenge: challenge, login_hint: 'pat@outlook.example', prompt: 'login' }));
    const decided = await send(world, `${LOGIN}/${TENANT}/login`, form({ request: signInRequestId(await foreign.text()), decision: 'accept', loginfmt: 'pat@outlook.example' }));
    expect(fragmentOf(decided).get('error')).toBe('access_denied');

    const personal = await signIn(world, 'pat@outlook.example', 'openid profile User.Read', 'consumers');
    expect(decode(personal.client_info ?? '').utid).toBe('9188040d-6c67-4c5b-b112-36a304b66dad');
  });

  it('prompt=none without a session answers login_required; logout ends the session', async () => {
    const world = newWorld();
    const { challenge } = pkce();
    const logout = await send(world, `${LOGIN}/common/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent(REDIRECT)}`);
    expect(logout.headers.get('location')).toBe(REDIRECT);
    expect(world.scenario.signedIn?.microsoft).toBeUndefined();
    const silent = await send(world, authorizeUrl('common', { scope: 'openid', code_challenge: challenge, prompt: 'none' }));
    expect(fragmentOf(silent).get('error')).toBe('login_required');
  });
});
