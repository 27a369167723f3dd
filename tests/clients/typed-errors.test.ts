import { describe, expect, it } from 'vitest';
import {
  ApiError, AuthExpiredError, ForbiddenError, MalformedResponseError, MissingScopeError, NetworkError, NotFoundError,
  UnauthorizedError,
} from '../../lib/clients/errors';
import { createGoogleClient } from '../../lib/clients/google/client';
import { createHubSpotClient } from '../../lib/clients/hubspot/client';
import { createGraphClient } from '../../lib/clients/microsoft/client';
import { demoScenario, harness } from './harness';
import { googleToken, graphToken } from './provider-tokens';

/** Each failure the sandbox can produce arrives as its typed error, with the provider's ids. */
const noRetry = { maxAttempts: 1 };

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

function hubspot(token: string, fetchImpl?: typeof fetch) {
  const h = harness(demoScenario());
  return createHubSpotClient({ getToken: () => token, fetch: fetchImpl ?? h.fetch, retry: noRetry });
}

describe('HubSpot errors', () => {
  it('an expired token is AuthExpiredError with the correlation id', async () => {
    const error = await failure(hubspot('demo-token-expired').listUsers());
    expect(error).toBeInstanceOf(AuthExpiredError);
    expect(error).toMatchObject({ status: 401, service: 'hubspot', code: 'EXPIRED_AUTHENTICATION' });
    expect(error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a missing scope names the scope', async () => {
    const error = await failure(hubspot('demo-token-no-conversations').listChannelAccounts({ channelId: ['1002'] }));
    expect(error).toBeInstanceOf(MissingScopeError);
    expect((error as MissingScopeError).scopes).toEqual(['conversations.read']);
  });

  it('an unknown token is UnauthorizedError, not AuthExpiredError', async () => {
    const error = await failure(hubspot('no-such-token-0000').listOwners());
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).not.toBeInstanceOf(AuthExpiredError);
  });

  it('an unknown user is NotFoundError', async () => {
    expect(await failure(hubspot('demo-token-full').getUser('999999999'))).toBeInstanceOf(NotFoundError);
  });

  it('a body that is not JSON, or not the shape we read, is MalformedResponseError naming the path only', async () => {
    const truncated: typeof fetch = async () => new Response('{"results": 42', { status: 200, headers: { 'content-type': 'application/json' } });
    const notJson = await failure(hubspot('demo-token-full', truncated).listUsers());
    expect(notJson).toBeInstanceOf(MalformedResponseError);
    expect((notJson as MalformedResponseError).problems[0]).toMatch(/not JSON/);

    const html: typeof fetch = async () => new Response('<html>Sign in to the Wi-Fi</html>', { status: 200, headers: { 'content-type': 'text/html' } });
    expect(await failure(hubspot('demo-token-full', html).listRoles())).toBeInstanceOf(MalformedResponseError);

    const secretValue = 'personal-data-do-not-echo';
    const wrongShape: typeof fetch = async () => Response.json({ results: [{ id: 7, email: secretValue }] });
    const shape = (await failure(hubspot('demo-token-full', wrongShape).listUsers())) as MalformedResponseError;
    expect(shape.problems).toContain('results.0.id: expected string');
    expect(JSON.stringify(shape) + shape.message).not.toContain(secretValue);
  });

  it('fetch throwing is NetworkError (offline)', async () => {
    const offline: typeof fetch = async () => { throw new TypeError('fetch failed: getaddrinfo ENOTFOUND api.hubapi.com'); };
    const error = await failure(hubspot('demo-token-full', offline).accountDetails());
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.status).toBe(0);
  });

  it('an aborted call rejects with the abort reason, not a NetworkError', async () => {
    const controller = new AbortController();
    controller.abort(new Error('user closed the panel'));
    await expect(hubspot('demo-token-full').listUsers({ signal: controller.signal })).rejects.toThrow('user closed the panel');
  });
});

describe('Google and Graph errors', () => {
  it('Google: a non-admin listing tokens is ForbiddenError; a token without the admin scope is MissingScopeError', async () => {
    const h = harness(demoScenario());
    const asUser = googleToken(h.sandbox.world, 'joerg.mueller@nordlicht.example', ['https://www.googleapis.com/auth/admin.directory.user.security']);
    const user = createGoogleClient({ getToken: () => asUser, fetch: h.fetch, retry: noRetry });
    expect(await failure(user.listUserTokens('joerg.mueller@nordlicht.example'))).toBeInstanceOf(ForbiddenError);

    const noScope = googleToken(h.sandbox.world, 'katrin.sommer@nordlicht.example', ['email']);
    const admin = createGoogleClient({ getToken: () => noScope, fetch: h.fetch, retry: noRetry });
    const error = await failure(admin.listUserTokens('joerg.mueller@nordlicht.example'));
    expect(error).toBeInstanceOf(MissingScopeError);
    expect((error as MissingScopeError).scopes).toEqual(['https://www.googleapis.com/auth/admin.directory.user.security']);
  });

  it('Google: an invalid access token is AuthExpiredError (Google: refresh it)', async () => {
    const h = harness(demoScenario());
    const client = createGoogleClient({ getToken: () => 'ya29.not-a-live-token', fetch: h.fetch, retry: noRetry });
    expect(await failure(client.gmailProfile())).toBeInstanceOf(AuthExpiredError);
  });

  it('Graph: a non-admin is ForbiddenError; an expired token AuthExpiredError; a garbled one UnauthorizedError', async () => {
    const h = harness(demoScenario());
    const world = h.sandbox.world;
    const lars = graphToken(world, 'lars.andersson@nordlicht-nordic.example');
    const nonAdmin = createGraphClient({ getToken: () => lars, fetch: h.fetch, retry: noRetry });
    const denied = await failure(nonAdmin.listPermissionGrants());
    expect(denied).toBeInstanceOf(ForbiddenError);
    expect(denied).toMatchObject({ code: 'Authorization_RequestDenied', service: 'microsoft' });
    expect(denied.correlationId).toBeTruthy();

    const expired = graphToken(world, 'oliver.bennett@nordlicht-nordic.example', undefined, { expired: true });
    expect(await failure(createGraphClient({ getToken: () => expired, fetch: h.fetch, retry: noRetry }).me())).toBeInstanceOf(AuthExpiredError);
    const garbled = await failure(createGraphClient({ getToken: () => 'garbled', fetch: h.fetch, retry: noRetry }).me());
    expect(garbled).toBeInstanceOf(UnauthorizedError);
    expect(garbled).not.toBeInstanceOf(AuthExpiredError);
  });
});
