import { PublicClientApplication, type AccountInfo, type AuthenticationResult } from '@azure/msal-browser';
import { MICROSOFT_AUTHORITY, MICROSOFT_CLIENT_ID, MICROSOFT_GRAPH_SCOPES, MICROSOFT_WRITE_SCOPES } from './config';
import { capturingNetworkClient } from './network-client';
import type { MicrosoftSession } from './session';

/**
 * MSAL (@azure/msal-browser 5) in an extension page — never the worker, where it refuses to run.
 * The redirect flow without navigating: `auth.onRedirectNavigate` returns false and hands us the
 * authorize URL, `launch` (identity.launchWebAuthFlow) shows it and returns the URL Entra
 * redirected to, and `handleRedirectPromise({hash})` finishes in this same page (v5 keeps the
 * PKCE state in sessionStorage, so the page that starts must finish). Cache: sessionStorage,
 * because v5 refuses redirect flows with memoryStorage and its encrypted localStorage does not
 * persist in extension pages. Silent renewal inside the page is MSAL's acquireTokenSilent; the
 * background renews with the refresh token once the page is gone (refresh.ts).
 */
export interface MicrosoftSignInOptions {
  redirectUri: string;
  /** Shows the authorize URL and resolves with the final redirect URL (launchWebAuthFlow). */
  launch: (authorizeUrl: string) => Promise<string>;
  fetch?: typeof fetch;
  authority?: string;
  /** The organisation's own Entra app when its policy names one. */
  clientId?: string;
}

export interface MicrosoftSignIn {
  signIn(loginHint?: string): Promise<MicrosoftSession>;
  /**
   * Incremental consent for the destructive step: an access token with the write scope for
   * `account`, without a refresh token (the one Entra issues alongside is dropped here).
   */
  grantWrite(account: string): Promise<MicrosoftSession>;
  /** acquireTokenSilent with a forced refresh: a new access token without any screen. */
  renewSilently(account: string): Promise<MicrosoftSession>;
}

export async function createMicrosoftSignIn(options: MicrosoftSignInOptions): Promise<MicrosoftSignIn> {
  let authorizeUrl: string | undefined;
  let refreshToken: string | undefined;
  const pca = new PublicClientApplication({
    auth: {
      clientId: options.clientId ?? MICROSOFT_CLIENT_ID,
      authority: options.authority ?? MICROSOFT_AUTHORITY,
      redirectUri: options.redirectUri,
      onRedirectNavigate: (url) => {
        authorizeUrl = url;
        return false;
      },
    },
    cache: { cacheLocation: 'sessionStorage' },
    system: { networkClient: capturingNetworkClient((token) => { refreshToken = token; }, options.fetch) },
  });
  await pca.initialize();
  const sessionOf = (result: AuthenticationResult): MicrosoftSession => ({
    account: result.account.username.toLowerCase(),
    accessToken: result.accessToken,
    ...(refreshToken ? { refreshToken } : {}),
    expiresAt: (result.expiresOn ?? new Date(Date.now() + 3_600_000)).toISOString(),
    scopes: result.scopes,
  });

  /** Shows the authorize URL MSAL produced and finishes the redirect flow in this page. */
  async function finish(): Promise<AuthenticationResult> {
    if (!authorizeUrl) throw new Error('MSAL did not produce an authorize URL');
    let redirected: string;
    try {
      redirected = await options.launch(authorizeUrl);
    } catch (error) {
      // Clears MSAL's "interaction in progress" so the next attempt may start.
      await pca.handleRedirectPromise({ hash: '', navigateToLoginRequestUrl: false }).catch(() => undefined);
      throw error;
    }
    const hash = redirected.includes('#') ? redirected.slice(redirected.indexOf('#')) : `#${redirected.split('?')[1] ?? ''}`;
    const result = await pca.handleRedirectPromise({ hash, navigateToLoginRequestUrl: false });
    if (!result) throw new Error('Microsoft sign-in returned no result');
    return result;
  }

  return {
    async grantWrite(account) {
      authorizeUrl = undefined;
      await pca.acquireTokenRedirect({ scopes: [...MICROSOFT_WRITE_SCOPES], loginHint: account });
      const result = await finish();
      // The refresh token Entra issued with the write scope is never handed on, nor reused here.
      refreshToken = undefined;
      const { refreshToken: _dropped, ...session } = sessionOf(result);
      return session;
    },
    async signIn(loginHint) {
      authorizeUrl = undefined;
      refreshToken = undefined;
      await pca.loginRedirect({ scopes: [...MICROSOFT_GRAPH_SCOPES], ...(loginHint ? { loginHint } : {}) });
      return sessionOf(await finish());
    },
    async renewSilently(account) {
      const known: AccountInfo | null = pca.getAccount({ username: account });
      if (!known) throw new Error('no MSAL account in this page: sign in first');
      return sessionOf(await pca.acquireTokenSilent({ scopes: [...MICROSOFT_GRAPH_SCOPES], account: known, forceRefresh: true }));
    },
  };
}
