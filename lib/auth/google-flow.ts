import { browser } from 'wxt/browser';
import { GOOGLE_ADMIN_SCOPES, GOOGLE_AUTHORIZE_URL, GOOGLE_CLIENT_ID } from './google-config';
import { identityConfig } from '../policy/identity';
import { readPolicy } from '../policy/read';

/**
 * The page side of the Google admin sign-in: `identity.launchWebAuthFlow` with the implicit grant
 * (`response_type=token`). Why implicit and not code + PKCE: Google's token endpoint wants the
 * client secret for the code exchange of the client types an extension can register, and an
 * extension cannot keep a secret. The implicit token lives an hour and comes without a refresh
 * token; renewal is the same flow non-interactive with `prompt=none` (Google answers at once while
 * the admin's Google session lasts, else `login_required`). It runs in an extension page, not in
 * the worker, because the admin may take minutes on Google's screens and the worker may be
 * stopped meanwhile; the page hands the token to the background, which checks and stores it.
 */
export interface GoogleGrant {
  accessToken: string;
  expiresInSeconds?: number;
}

export class GoogleSignInError extends Error {
  constructor(readonly code: string) {
    super(`Google sign-in failed: ${code}`);
    this.name = 'GoogleSignInError';
  }
}

type Identity = Pick<typeof browser.identity, 'launchWebAuthFlow' | 'getRedirectURL'>;

export function googleAuthorizeUrl(options: { redirectUri: string; state: string; silent: boolean; loginHint?: string; clientId?: string }): string {
  const params = new URLSearchParams({
    client_id: options.clientId ?? GOOGLE_CLIENT_ID,
    redirect_uri: options.redirectUri,
    response_type: 'token',
    scope: GOOGLE_ADMIN_SCOPES.join(' '),
    state: options.state,
    include_granted_scopes: 'true',
  });
  if (options.silent) params.set('prompt', 'none');
  if (options.loginHint) params.set('login_hint', options.loginHint);
  return `${GOOGLE_AUTHORIZE_URL}?${params.toString()}`;
}

/** Interactive by default; `silent` renews without showing anything (or fails). */
export async function launchGoogleSignIn(options: { silent?: boolean; loginHint?: string; identity?: Identity } = {}): Promise<GoogleGrant> {
  const identity = options.identity ?? browser.identity;
  const state = randomState();
  // The organisation's own OAuth client when its policy names one.
  const { googleClientId } = identityConfig((await readPolicy()).policy);
  const url = googleAuthorizeUrl({ redirectUri: identity.getRedirectURL(), state, silent: options.silent ?? false, clientId: googleClientId, ...(options.loginHint ? { loginHint: options.loginHint } : {}) });
  let redirected: string | undefined;
  try {
    redirected = await identity.launchWebAuthFlow({ url, interactive: !options.silent });
  } catch (error) {
    // Chromium rejects when the window is closed ("The user did not approve access.").
    throw new GoogleSignInError(error instanceof Error && /approve|closed|cancel/i.test(error.message) ? 'cancelled' : 'flow-failed');
  }
  return grantFrom(redirected ?? '', state);
}

/** Reads the fragment Google redirected to; refuses a foreign state (a forged redirect). */
export function grantFrom(redirectedUrl: string, expectedState: string): GoogleGrant {
  const hash = redirectedUrl.includes('#') ? redirectedUrl.slice(redirectedUrl.indexOf('#') + 1) : '';
  const query = redirectedUrl.includes('?') ? redirectedUrl.slice(redirectedUrl.indexOf('?') + 1).split('#')[0] ?? '' : '';
  const params = new URLSearchParams(hash || query);
  const error = params.get('error');
  if (error) throw new GoogleSignInError(error === 'access_denied' ? 'cancelled' : error);
  if (params.get('state') !== expectedState) throw new GoogleSignInError('state-mismatch');
  const accessToken = params.get('access_token');
  if (!accessToken) throw new GoogleSignInError('no-token');
  const expiresIn = Number(params.get('expires_in'));
  return { accessToken, ...(Number.isFinite(expiresIn) && expiresIn > 0 ? { expiresInSeconds: expiresIn } : {}) };
}

function randomState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
