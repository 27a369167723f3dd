import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-browser';

/**
 * MSAL's network module over fetch that also reports each refresh token the token endpoint
 * issues. MSAL keeps refresh tokens to itself (its cache lives in this page's sessionStorage and
 * dies with the page), but the background must renew after the page is closed; this is MSAL's
 * documented extension point (`system.networkClient`) for seeing the answers.
 */
export function capturingNetworkClient(onRefreshToken: (token: string) => void, fetchImpl: typeof fetch = (...args) => fetch(...args)): INetworkModule {
  async function send<T>(url: string, method: 'GET' | 'POST', options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    const response = await fetchImpl(url, { method, ...(options?.headers ? { headers: options.headers } : {}), ...(method === 'POST' && options?.body ? { body: options.body } : {}) });
    const body = (await response.json()) as T;
    const refreshToken = (body as { refresh_token?: unknown } | null)?.refresh_token;
    if (typeof refreshToken === 'string' && refreshToken !== '') onRefreshToken(refreshToken);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => { headers[name] = value; });
    return { headers, body, status: response.status };
  }
  return {
    sendGetRequestAsync: (url, options) => send(url, 'GET', options),
    sendPostRequestAsync: (url, options) => send(url, 'POST', options),
  };
}
