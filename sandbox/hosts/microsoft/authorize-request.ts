import { randomBytes } from 'node:crypto';
import type { World } from '../../core/world';

/** A parsed /{tenant}/oauth2/v2.0/authorize request (auth code + PKCE, as MSAL sends it). */
export interface MsAuthorizeRequest {
  authoritySegment: string;
  clientId: string;
  redirectUri: string;
  responseMode: 'query' | 'fragment';
  scopes: string[];
  state: string | null;
  nonce: string | null;
  prompt: string | null;
  loginHint: string | null;
  codeChallenge: string;
}

/** Failures before redirect_uri is trusted show a page; later ones go back to the client. */
export type MsParseResult =
  | { ok: true; request: MsAuthorizeRequest }
  | { ok: false; page: true; code: string; message: string }
  | { ok: false; page: false; redirectUri: string; responseMode: 'query' | 'fragment'; state: string | null; error: string; description: string };

function acceptableRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    return !url.hash && (url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname)));
  } catch {
    return false;
  }
}

export function parseMsAuthorize(params: URLSearchParams, authoritySegment: string): MsParseResult {
  const clientId = params.get('client_id');
  if (!clientId) return { ok: false, page: true, code: 'AADSTS900144', message: "The request body must contain the following parameter: 'client_id'." };
  const redirectUri = params.get('redirect_uri') ?? '';
  if (!acceptableRedirect(redirectUri)) {
    return { ok: false, page: true, code: 'AADSTS50011', message: `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${clientId}'.` };
  }
  const mode = params.get('response_mode') ?? 'query';
  const state = params.get('state');
  if (mode !== 'query' && mode !== 'fragment') {
    return { ok: false, page: true, code: 'AADSTS900352', message: `The sandbox serves response_mode query and fragment only, not '${mode}'.` };
  }
  const back = (error: string, description: string): MsParseResult => ({ ok: false, page: false, redirectUri, responseMode: mode, state, error, description });
  if (params.get('response_type') !== 'code') return back('unsupported_response_type', 'AADSTS700054: response_type is not enabled for the application; the sandbox serves code.');
  const scopes = (params.get('scope') ?? '').split(/\s+/).filter(Boolean);
  if (scopes.length === 0) return back('invalid_request', "AADSTS900144: The request body must contain the following parameter: 'scope'.");
  const codeChallenge = params.get('code_challenge');
  if (!codeChallenge || params.get('code_challenge_method') !== 'S256') {
    return back('invalid_request', 'AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.');
  }
  return {
    ok: true,
    request: {
      authoritySegment, clientId, redirectUri, responseMode: mode, scopes, state, codeChallenge,
      nonce: params.get('nonce'), prompt: params.get('prompt'), loginHint: params.get('login_hint'),
    },
  };
}

/** The client's redirect URI with response parameters in the query or the fragment. */
export function msRedirect(target: { redirectUri: string; responseMode: 'query' | 'fragment'; state: string | null }, values: Record<string, string>): string {
  const url = new URL(target.redirectUri);
  const params = new URLSearchParams(target.responseMode === 'query' ? url.search : '');
  for (const [key, value] of Object.entries(values)) params.set(key, value);
  if (target.state !== null) params.set('state', target.state);
  if (target.responseMode === 'fragment') url.hash = params.toString();
  else url.search = params.toString();
  return url.toString();
}

export function pendingSignIns(world: World): Map<string, MsAuthorizeRequest> {
  return world.scratch('microsoft-authorize-requests', () => new Map<string, MsAuthorizeRequest>());
}

export function holdSignIn(world: World, request: MsAuthorizeRequest): string {
  const id = randomBytes(16).toString('base64url');
  pendingSignIns(world).set(id, request);
  return id;
}
