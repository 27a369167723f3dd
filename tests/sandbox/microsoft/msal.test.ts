// @vitest-environment happy-dom
import { PublicClientApplication, type Configuration } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { CLIENT_ID, TENANT, newWorld, send } from './fixture';

const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';

/**
 * The v5 redirect flow an extension page runs with launchWebAuthFlow (providers.md §9):
 * auth.onRedirectNavigate returns false and hands over the URL; the sandbox's authorize answer
 * is fed back through handleRedirectPromise({ hash }). fetch goes to the sandbox's handlers.
 * Note: v5 refuses redirect flows with cacheLocation "memoryStorage" (in_mem_redirect_unavailable).
 */
describe.each(['7b0c2d6e-1f3a-4c5b-9d8e-0a1b2c3d4e5f', 'organizations', 'common'])('real @azure/msal-browser 5 against authority %s', (authoritySegment) => {
  it('loginRedirect → authorize → handleRedirectPromise({hash}) → silent from cache → silent refresh → Graph', async () => {
    const world = newWorld();
    const calls: string[] = [];
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      calls.push(`${request.method} ${request.url.split('?')[0]}`);
      if (request.method === 'POST' && calls.length > 1) expect(await request.clone().text()).toContain('grant_type=refresh_token');
      return send(world, request.url, { method: request.method, headers: request.headers, body: init?.body ?? null });
    }) as typeof fetch;
    let navigated = '';
    const config: Configuration = {
      auth: {
        clientId: CLIENT_ID,
        authority: `https://login.microsoftonline.com/${authoritySegment}`,
        redirectUri: REDIRECT,
        onRedirectNavigate: (url) => { navigated = url; return false; },
      },
      cache: { cacheLocation: 'sessionStorage' },
    };
    const pca = new PublicClientApplication(config);
    await pca.initialize();
    await pca.loginRedirect({ scopes: ['User.Read'], nonce: 'n-1' });
    expect(navigated).toMatch(/oauth2\/v2\.0\/authorize/);
    const back = await send(world, navigated);
    const location = back.headers.get('location') ?? '';
    const result = await pca.handleRedirectPromise({ hash: `#${location.split('#')[1]}`, navigateToLoginRequestUrl: false });
    expect(result?.account?.username).toBe('ada@contoso.example');
    expect(result?.account?.tenantId).toBe(TENANT);
    expect(result?.idTokenClaims).toMatchObject({ nonce: 'n-1', tid: TENANT });
    expect(calls).toEqual([`POST https://login.microsoftonline.com/${authoritySegment}/oauth2/v2.0/token`]);
    const account = result?.account;
    if (!account) throw new Error('no account');

    const cached = await pca.acquireTokenSilent({ scopes: ['User.Read'], account });
    expect(cached.accessToken).toBe(result?.accessToken);
    expect(calls).toHaveLength(1);

    const renewed = await pca.acquireTokenSilent({ scopes: ['User.Read'], account, forceRefresh: true });
    expect(renewed.accessToken).not.toBe(result?.accessToken);
    expect(calls).toHaveLength(2);
    const me = await send(world, 'https://graph.microsoft.com/v1.0/me', { headers: { authorization: `Bearer ${renewed.accessToken}` } });
    expect((await me.json()).userPrincipalName).toBe('ada@contoso.example');
  });
});
