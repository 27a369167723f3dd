/**
 * The API clients never use the browser's HTTP cache: a sync reads what the API says now, and
 * Chromium holds a second identical GET for up to 20 s while the first is still in flight (its
 * cache lock). A "Sync now" replacing a pass stuck on a slow Graph answer asked for the same URL
 * and waited those 20 s (e2e/sync.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { createGoogleClient } from '../../lib/clients/google/client';
import { createHubSpotClient } from '../../lib/clients/hubspot/client';
import { createGraphClient } from '../../lib/clients/microsoft/client';
import { demoScenario, harness } from './harness';
import { ADMIN_SCOPE, googleToken, graphToken } from './provider-tokens';

describe('API requests bypass the HTTP cache', () => {
  it('HubSpot, Google and Graph requests are sent with cache: no-store', async () => {
    const h = harness(demoScenario());
    const graph = graphToken(h.sandbox.world, 'oliver.bennett@nordlicht-nordic.example');
    const google = googleToken(h.sandbox.world, 'katrin.sommer@nordlicht.example', [ADMIN_SCOPE]);
    await createHubSpotClient({ getToken: () => 'demo-token-full', fetch: h.fetch }).listRoles();
    await createGraphClient({ getToken: () => graph, fetch: h.fetch }).listPermissionGrants({ clientId: '3f6d2c1a-8b4e-4c7a-9e21-5a0b7c9d1e42' });
    await createGoogleClient({ getToken: () => google, fetch: h.fetch }).listUserTokens('joerg.mueller@nordlicht.example');
    const hosts = h.exchanges.map((exchange) => new URL(exchange.request.url).hostname);
    expect(new Set(hosts)).toEqual(new Set(['api.hubapi.com', 'graph.microsoft.com', 'admin.googleapis.com']));
    expect(h.exchanges.map((exchange) => exchange.request.cache)).toEqual(hosts.map(() => 'no-store'));
  });
});
