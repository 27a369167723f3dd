import { describe, expect, it } from 'vitest';
import { createGoogleClient } from '../../lib/clients/google/client';
import { demoScenario, harness } from './harness';
import { ADMIN_SCOPE, EXTENSION_GOOGLE_CLIENT, googleToken } from './provider-tokens';

const HUBSPOT_CLIENT = '440123456789-hubspotinbox0sales.apps.googleusercontent.com';
const ADMIN = 'katrin.sommer@nordlicht.example';
const USER = 'joerg.mueller@nordlicht.example';

describe('Google client against the sandbox', () => {
  it('lists, gets and deletes a user grant as a Workspace admin; a second delete is already-gone', async () => {
    const h = harness(demoScenario());
    const token = googleToken(h.sandbox.world, ADMIN, [ADMIN_SCOPE]);
    const client = createGoogleClient({ getToken: () => token, fetch: h.fetch });
    const tokens = await client.listUserTokens(USER);
    expect(tokens.map((t) => t.displayText).sort()).toEqual(['HubSpot', 'Zoom']);
    const hubspot = await client.getUserToken(USER, HUBSPOT_CLIENT);
    expect(hubspot.scopes).toContain('https://mail.google.com/');
    expect(await client.deleteUserToken(USER, HUBSPOT_CLIENT)).toBe('deleted');
    expect(await client.deleteUserToken(USER, HUBSPOT_CLIENT)).toBe('already-gone');
    expect((await client.listUserTokens(USER)).map((t) => t.displayText)).toEqual(['Zoom']);
    expect(h.exchanges.map((x) => x.request.method)).toEqual(['GET', 'GET', 'DELETE', 'DELETE', 'GET']);
  });

  it('tokeninfo reads our token from a POST form body, never the URL nor a header', async () => {
    const h = harness(demoScenario());
    const token = googleToken(h.sandbox.world, ADMIN, [ADMIN_SCOPE, 'email']);
    const client = createGoogleClient({ getToken: () => 'unused-bearer', fetch: h.fetch });
    const info = await client.tokenInfo(token);
    expect(info).toMatchObject({ clientId: EXTENSION_GOOGLE_CLIENT, email: ADMIN, emailVerified: true, scopes: [ADMIN_SCOPE, 'email'] });
    expect(info?.expiresInSeconds).toBeGreaterThan(3000);
    const sent = h.exchanges[0]!.request;
    expect(sent.method).toBe('POST');
    expect(sent.url).not.toContain(token);
    expect(sent.headers.get('authorization')).toBeNull();
    expect(await sent.text()).toBe(`access_token=${encodeURIComponent(token)}`);
    expect(await client.tokenInfo('ya29.unknown-token')).toBeUndefined();
  });

  it('revoke is idempotent: revoked, then already-revoked', async () => {
    const h = harness(demoScenario());
    const token = googleToken(h.sandbox.world, ADMIN, ['email']);
    const client = createGoogleClient({ getToken: () => 'unused-bearer', fetch: h.fetch });
    expect(await client.revokeToken(token)).toBe('revoked');
    expect(await client.revokeToken(token)).toBe('already-revoked');
    expect(h.exchanges.every((x) => !x.request.url.includes(token))).toBe(true);
    expect(await client.tokenInfo(token)).toBeUndefined();
  });

  it('reads the Gmail profile of the signed-in account', async () => {
    const h = harness(demoScenario());
    const token = googleToken(h.sandbox.world, USER, ['https://www.googleapis.com/auth/gmail.metadata']);
    const profile = await createGoogleClient({ getToken: () => token, fetch: h.fetch }).gmailProfile();
    expect(profile.emailAddress).toBe(USER);
    expect(profile.messagesTotal).toBeGreaterThan(0);
  });
});
