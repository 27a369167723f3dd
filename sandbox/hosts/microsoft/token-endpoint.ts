import { createHash, randomUUID } from 'node:crypto';
import type { World } from '../../core/world';
import { json, readParams } from '../google/http';
import { issueTokens } from './oidc-tokens';
import { liveToken, microsoftTokenStore } from './token-store';

/**
 * /{tenant}/oauth2/v2.0/token: authorization_code (with the PKCE verifier) and refresh_token
 * (silent renewal; refresh tokens rotate, as for single-page apps).
 */

export function aadError(world: World, status: number, error: string, code: number, description: string): Response {
  return json(status, {
    error,
    error_description: `AADSTS${code}: ${description}\r\nTrace ID: ${randomUUID()}\r\nCorrelation ID: ${randomUUID()}\r\nTimestamp: ${world.now().toISOString()}`,
    error_codes: [code],
    timestamp: world.now().toISOString().replace('T', ' ').slice(0, 19) + 'Z',
    trace_id: randomUUID(),
    correlation_id: randomUUID(),
    error_uri: `https://login.microsoftonline.com/error?code=${code}`,
  });
}

export async function token(request: Request, world: World, url: URL): Promise<Response> {
  const params = await readParams(request, url);
  const clientId = params.get('client_id');
  if (!clientId) return aadError(world, 400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.");
  const grantType = params.get('grant_type');

  if (grantType === 'authorization_code') {
    const code = microsoftTokenStore(world).codes.get(params.get('code') ?? '');
    if (!code || code.used || code.expiresAt <= world.now().getTime()) {
      return aadError(world, 400, 'invalid_grant', 70000, 'The provided value for the \'code\' parameter is not valid.');
    }
    if (code.clientId !== clientId) return aadError(world, 400, 'invalid_grant', 70000, 'The code was issued to a different client.');
    if (code.redirectUri !== params.get('redirect_uri')) return aadError(world, 400, 'invalid_grant', 50148, 'The redirect_uri does not match the one used in the authorization request.');
    const verifier = params.get('code_verifier') ?? '';
    if (createHash('sha256').update(verifier).digest('base64url') !== code.codeChallenge) {
      return aadError(world, 400, 'invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.');
    }
    code.used = true;
    return json(200, issueTokens(world, code, code.nonce));
  }

  if (grantType === 'refresh_token') {
    const refresh = liveToken(world, params.get('refresh_token'), 'refresh');
    if (!refresh || refresh.clientId !== clientId) {
      return aadError(world, 400, 'invalid_grant', 700082, 'The refresh token has expired or is invalid.');
    }
    const requested = (params.get('scope') ?? '').split(/\s+/).filter(Boolean);
    // Rotation: the old refresh token is spent; the grant keeps offline access even when the
    // renewal asks for fewer scopes, or the client would lose its way to renew again.
    refresh.revoked = true;
    const scopes = requested.length ? requested : refresh.scopes;
    const keepOffline = refresh.scopes.includes('offline_access') && !scopes.includes('offline_access');
    return json(200, issueTokens(world, { ...refresh, scopes: keepOffline ? [...scopes, 'offline_access'] : scopes }, null));
  }
  return aadError(world, 400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType ?? ''}'.`);
}
