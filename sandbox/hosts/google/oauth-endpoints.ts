import type { HostModule, SandboxContext } from '../../core/host';
import type { World } from '../../core/world';
import { googleUserId } from './directory';
import { googleFault, oauthError } from './errors';
import { json, readParams } from './http';
import {
  ACCESS_TOKEN_SECONDS, googleTokenStore, issueGoogleAccessToken, issueGoogleRefreshToken, liveGoogleToken,
  pkceMatches, revokeGoogleToken, secondsLeft,
} from './token-store';

/**
 * oauth2.googleapis.com: the token endpoint (code exchange, refresh), revocation (§1) and
 * tokeninfo (§1b). www.googleapis.com serves the older /oauth2/v3/tokeninfo path.
 */

const EMAIL_SCOPES = ['email', 'https://www.googleapis.com/auth/userinfo.email'];

async function token(request: Request, world: World, url: URL): Promise<Response> {
  const params = await readParams(request, url);
  const grantType = params.get('grant_type');
  const clientId = params.get('client_id');
  if (!clientId) return oauthError(400, 'invalid_request', 'Missing required parameter: client_id');

  if (grantType === 'authorization_code') {
    const code = googleTokenStore(world).codes.get(params.get('code') ?? '');
    if (!code || code.used || code.expiresAt <= world.now().getTime()) return oauthError(400, 'invalid_grant', 'Bad Request');
    if (code.clientId !== clientId) return oauthError(401, 'invalid_client', 'Unauthorized');
    if (code.redirectUri !== params.get('redirect_uri')) return oauthError(400, 'redirect_uri_mismatch', 'Bad Request');
    if (!pkceMatches(code, params.get('code_verifier'))) return oauthError(400, 'invalid_grant', 'Invalid code verifier.');
    code.used = true;
    const access = issueGoogleAccessToken(world, code);
    const refresh = code.accessType === 'offline' ? issueGoogleRefreshToken(world, { ...code, family: access.family }) : undefined;
    if (refresh) access.accessType = 'offline';
    return json(200, {
      access_token: access.value,
      expires_in: ACCESS_TOKEN_SECONDS,
      ...(refresh ? { refresh_token: refresh.value } : {}),
      scope: access.scopes.join(' '),
      token_type: 'Bearer',
    });
  }
  if (grantType === 'refresh_token') {
    const refresh = liveGoogleToken(world, params.get('refresh_token'));
    if (!refresh || refresh.kind !== 'refresh') return oauthError(400, 'invalid_grant', 'Token has been expired or revoked.');
    if (refresh.clientId !== clientId) return oauthError(401, 'unauthorized_client', 'Unauthorized');
    const access = issueGoogleAccessToken(world, { ...refresh, accessType: 'offline' });
    return json(200, { access_token: access.value, expires_in: ACCESS_TOKEN_SECONDS, scope: access.scopes.join(' '), token_type: 'Bearer' });
  }
  return oauthError(400, 'unsupported_grant_type', `Invalid grant_type: ${grantType ?? ''}`);
}

/** §1: 200 with an empty body, or 400 invalid_token for an unknown, expired or revoked token. */
export async function revoke(request: Request, world: World, url: URL): Promise<Response> {
  const params = await readParams(request, url);
  if (!revokeGoogleToken(world, params.get('token') ?? '')) return oauthError(400, 'invalid_token', 'Token expired or revoked');
  return new Response(null, { status: 200 });
}

/** §1b: the access_token form, with exp, expires_in and email_verified as strings. */
async function tokeninfo(request: Request, world: World, url: URL): Promise<Response> {
  const params = await readParams(request, url);
  const token = liveGoogleToken(world, params.get('access_token'));
  // The sandbox issues no Google id_tokens, so `?id_token=` is always an invalid value.
  if (!token || token.kind !== 'access' || token.expiresAt === null) return oauthError(400, 'invalid_token', 'Invalid Value');
  const withEmail = token.scopes.some((s) => EMAIL_SCOPES.includes(s));
  return json(200, {
    azp: token.clientId,
    aud: token.clientId,
    sub: googleUserId(token.email),
    scope: token.scopes.join(' '),
    exp: String(Math.floor(token.expiresAt / 1000)),
    expires_in: String(secondsLeft(world, token)),
    ...(withEmail ? { email: token.email, email_verified: 'true' } : {}),
    access_type: token.accessType,
  });
}

async function route(request: Request, { world, url }: SandboxContext): Promise<Response> {
  const path = url.pathname.replace(/\/+$/, '');
  if (url.hostname === 'www.googleapis.com') {
    if (path === '/oauth2/v3/tokeninfo') return tokeninfo(request, world, url);
    return oauthError(404, 'not_found', `No such endpoint: ${path}`);
  }
  if (path === '/token' && request.method === 'POST') return token(request, world, url);
  if (path === '/revoke' && (request.method === 'POST' || request.method === 'GET')) return revoke(request, world, url);
  if (path === '/tokeninfo') return tokeninfo(request, world, url);
  return oauthError(404, 'not_found', `No such endpoint: ${request.method} ${path}`);
}

export const googleOAuthApiHost: HostModule = {
  hosts: ['oauth2.googleapis.com', 'www.googleapis.com'],
  isApi: true,
  handle: route,
  faultResponse: (status) => googleFault(status, true),
};
