import { createHash, randomBytes } from 'node:crypto';
import type { World } from '../../core/world';
import { personName } from '../google/people';
import { LOGIN_ORIGIN } from './authority';
import { GRAPH_APP_ID } from './ids';
import { signJwt } from './signing-key';
import { ACCESS_TOKEN_SECONDS, newRefreshToken, rememberToken, type MicrosoftGrant } from './token-store';
import { OIDC_SCOPES } from './graph-scopes';

/** The token endpoint's success body: id, access and refresh tokens plus client_info (§9). */

export interface TokenResponseBody {
  token_type: 'Bearer';
  scope: string;
  expires_in: number;
  ext_expires_in: number;
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  client_info: string;
}

/** base64url({"uid": object id, "utid": tenant id}): MSAL builds homeAccountId from it. */
export function clientInfo(grant: MicrosoftGrant): string {
  return Buffer.from(JSON.stringify({ uid: grant.objectId, utid: grant.tenantId })).toString('base64url');
}

/** Entra's `sub` is pairwise: stable per user and application, unlike `oid`. */
function pairwiseSub(grant: MicrosoftGrant): string {
  return createHash('sha256').update(`${grant.objectId}:${grant.clientId}`).digest('base64url').slice(0, 43);
}

function idToken(world: World, grant: MicrosoftGrant, nonce: string | null, now: number): string {
  const name = personName(world.scenario, grant.address).displayName;
  return signJwt({
    ver: '2.0',
    iss: `${LOGIN_ORIGIN}/${grant.tenantId}/v2.0`,
    sub: pairwiseSub(grant),
    aud: grant.clientId,
    exp: now + ACCESS_TOKEN_SECONDS + 1,
    iat: now,
    nbf: now,
    name,
    preferred_username: grant.address,
    oid: grant.objectId,
    tid: grant.tenantId,
    ...(grant.scopes.includes('email') ? { email: grant.address } : {}),
    ...(nonce !== null ? { nonce } : {}),
    aio: randomBytes(12).toString('base64url'),
  });
}

/** A Graph access token: a v1-style JWT, like the ones Entra issues for Graph. */
function accessToken(grant: MicrosoftGrant, now: number): string {
  const scp = grant.scopes.filter((s) => !OIDC_SCOPES.includes(s)).map((s) => s.replace('https://graph.microsoft.com/', '')).join(' ');
  return signJwt({
    aud: GRAPH_APP_ID,
    iss: `https://sts.windows.net/${grant.tenantId}/`,
    iat: now, nbf: now, exp: now + ACCESS_TOKEN_SECONDS + 1,
    appid: grant.clientId,
    oid: grant.objectId,
    tid: grant.tenantId,
    upn: grant.address,
    scp,
    uti: randomBytes(16).toString('base64url'),
    ver: '1.0',
  });
}

/** Issues and records the tokens for a grant; a refresh token only with offline_access. */
export function issueTokens(world: World, grant: MicrosoftGrant, nonce: string | null): TokenResponseBody {
  const nowMs = world.now().getTime();
  const now = Math.floor(nowMs / 1000);
  const access = rememberToken(world, { ...grant, value: accessToken(grant, now), kind: 'access', expiresAt: nowMs + ACCESS_TOKEN_SECONDS * 1000, revoked: false });
  const refresh = grant.scopes.includes('offline_access') ? newRefreshToken(world, grant) : undefined;
  return {
    token_type: 'Bearer',
    scope: grant.scopes.join(' '),
    expires_in: ACCESS_TOKEN_SECONDS,
    ext_expires_in: ACCESS_TOKEN_SECONDS,
    access_token: access.value,
    ...(refresh ? { refresh_token: refresh.value } : {}),
    ...(grant.scopes.includes('openid') ? { id_token: idToken(world, grant, nonce, now) } : {}),
    client_info: clientInfo(grant),
  };
}
