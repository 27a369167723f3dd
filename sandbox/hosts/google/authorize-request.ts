import { randomBytes } from 'node:crypto';
import type { World } from '../../core/world';

/** A parsed, validated authorization request to accounts.google.com/o/oauth2/v2/auth. */
export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  responseType: 'token' | 'code';
  scopes: string[];
  state: string | null;
  prompts: string[];
  loginHint: string | null;
  accessType: 'online' | 'offline';
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
}

export type ParseResult = { ok: true; request: AuthorizeRequest } | { ok: false; error: string; description: string };

/**
 * Which redirect URIs the sandbox accepts without a client registry: any https URI (Chrome's
 * https://<id>.chromiumapp.org/, Firefox's https://<hash>.extensions.allizom.org/) and http on
 * the loopback interface, as Google allows for installed apps.
 */
function acceptableRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    if (url.hash) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}

export function parseAuthorizeRequest(params: URLSearchParams): ParseResult {
  const clientId = params.get('client_id');
  if (!clientId) return { ok: false, error: 'invalid_client', description: 'The OAuth client was not found.' };
  const redirectUri = params.get('redirect_uri') ?? '';
  if (!acceptableRedirect(redirectUri)) {
    return { ok: false, error: 'redirect_uri_mismatch', description: `You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy. redirect_uri=${redirectUri}` };
  }
  const responseType = params.get('response_type');
  if (responseType !== 'token' && responseType !== 'code') {
    return { ok: false, error: 'unsupported_response_type', description: `Invalid response_type: ${responseType ?? ''}` };
  }
  const scopes = (params.get('scope') ?? '').split(/[\s+]+/).filter(Boolean);
  if (scopes.length === 0) return { ok: false, error: 'invalid_request', description: 'Missing required parameter: scope' };
  const method = params.get('code_challenge_method') ?? 'plain';
  const challenge = params.get('code_challenge') ?? undefined;
  if (challenge && method !== 'S256' && method !== 'plain') {
    return { ok: false, error: 'invalid_request', description: `Invalid code_challenge_method: ${method}` };
  }
  return {
    ok: true,
    request: {
      clientId,
      redirectUri,
      responseType,
      scopes,
      state: params.get('state'),
      prompts: (params.get('prompt') ?? '').split(/\s+/).filter(Boolean),
      loginHint: params.get('login_hint'),
      accessType: params.get('access_type') === 'offline' ? 'offline' : 'online',
      ...(challenge ? { codeChallenge: challenge, codeChallengeMethod: method as 'S256' | 'plain' } : {}),
    },
  };
}

/** Requests waiting on the consent page, keyed by an unguessable id carried in its form. */
export function pendingConsents(world: World): Map<string, AuthorizeRequest> {
  return world.scratch('google-consent-requests', () => new Map<string, AuthorizeRequest>());
}

export function holdForConsent(world: World, request: AuthorizeRequest): string {
  const id = randomBytes(16).toString('base64url');
  pendingConsents(world).set(id, request);
  return id;
}

/** Appends OAuth response parameters to the redirect URI: fragment for token, query for code. */
export function redirectWith(request: AuthorizeRequest, values: Record<string, string>): string {
  const url = new URL(request.redirectUri);
  const params = new URLSearchParams(request.responseType === 'token' ? '' : url.search);
  if (request.state !== null) params.set('state', request.state);
  for (const [key, value] of Object.entries(values)) params.set(key, value);
  if (request.responseType === 'token') url.hash = params.toString();
  else url.search = params.toString();
  return url.toString();
}
