import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/clients/errors';
import { createGoogleClient } from '../../lib/clients/google/client';
import { createHubSpotClient } from '../../lib/clients/hubspot/client';
import { createGraphClient } from '../../lib/clients/microsoft/client';

/**
 * A distinctive token must never show in a thrown error: not in the message, the stack, the
 * JSON, nor any field, even when the server (or a proxy) echoes it back or fetch puts the URL
 * in its own error.
 */
const SECRET = 'tok-SECRET-7f3a9c2e-do-not-leak';

async function everyTrace(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  const e = error as ApiError;
  return [e.message, e.stack, JSON.stringify(e), String(e), JSON.stringify(Object.getOwnPropertyDescriptors(e))].join('\n');
}

/** A server that answers `status` with a body quoting the request's token and URL. */
function echoing(status: number, shape: (text: string) => unknown): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const text = `bad token ${request.headers.get('authorization') ?? ''} at ${request.url} body ${await request.text()}`;
    return Response.json(shape(text), { status });
  };
}

const noRetry = { maxAttempts: 1 };

describe('tokens never reach an error', () => {
  it('HubSpot: echoed in 401/403/500 bodies, and in a network failure', async () => {
    for (const status of [401, 403, 429, 500]) {
      const client = createHubSpotClient({ getToken: () => SECRET, fetch: echoing(status, (message) => ({ message, category: 'X', correlationId: SECRET })), retry: noRetry });
      expect(await everyTrace(client.listUsers())).not.toContain(SECRET);
    }
    const failing: typeof fetch = async () => { throw new TypeError(`fetch failed with ${SECRET}`); };
    const offline = createHubSpotClient({ getToken: () => SECRET, fetch: failing, retry: noRetry });
    expect(await everyTrace(offline.listUsers())).not.toContain(SECRET);
  });

  it('Google: echoed by the API, and the token in a tokeninfo/revoke form body', async () => {
    const apiEcho = echoing(401, (message) => ({ error: { code: 401, message, status: 'UNAUTHENTICATED' } }));
    expect(await everyTrace(createGoogleClient({ getToken: () => SECRET, fetch: apiEcho, retry: noRetry }).gmailProfile())).not.toContain(SECRET);
    const oauthEcho = echoing(400, (text) => ({ error: 'invalid_request', error_description: text }));
    const client = createGoogleClient({ getToken: () => 'unused', fetch: oauthEcho, retry: noRetry });
    expect(await everyTrace(client.tokenInfo(SECRET))).not.toContain(SECRET);
    expect(await everyTrace(client.revokeToken(SECRET))).not.toContain(SECRET);
  });

  it('Graph: echoed in the OData error', async () => {
    const graphEcho = echoing(401, (message) => ({ error: { code: 'InvalidAuthenticationToken', message, innerError: { 'request-id': 'r1' } } }));
    expect(await everyTrace(createGraphClient({ getToken: () => SECRET, fetch: graphEcho, retry: noRetry }).me())).not.toContain(SECRET);
  });

  it('the echo really carried the token (the test can fail)', async () => {
    const response = await echoing(401, (message) => ({ message }))('https://api.hubapi.com/x', { headers: { authorization: `Bearer ${SECRET}` } });
    expect(await response.text()).toContain(SECRET);
  });
});
