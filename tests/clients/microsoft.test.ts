import { describe, expect, it } from 'vitest';
import { createGraphClient } from '../../lib/clients/microsoft/client';
import { eqFilter } from '../../lib/clients/microsoft/schemas';
import { demoScenario, harness } from './harness';
import { graphToken } from './provider-tokens';

const ADMIN = 'oliver.bennett@nordlicht-nordic.example';
const USER = 'lars.andersson@nordlicht-nordic.example';
const HUBSPOT_SP = { id: '3f6d2c1a-8b4e-4c7a-9e21-5a0b7c9d1e42', appId: '7e1a9c44-2b3d-4f5e-8a6b-0c1d2e3f4a5b' };

function adminClient() {
  const h = harness(demoScenario());
  const token = graphToken(h.sandbox.world, ADMIN);
  return { h, client: createGraphClient({ getToken: () => token, fetch: h.fetch }) };
}

describe('Graph client against the sandbox', () => {
  it('me and the tenant users', async () => {
    const { client } = adminClient();
    expect((await client.me()).userPrincipalName).toBe(ADMIN);
    const users = await client.listUsers();
    expect(users.map((u) => u.userPrincipalName)).toContain(USER);
  });

  it("finds HubSpot's service principal by display name and by appId", async () => {
    const { client } = adminClient();
    expect(await client.findServicePrincipal({ displayName: 'HubSpot Sales' })).toMatchObject([HUBSPOT_SP]);
    expect(await client.findServicePrincipal({ appId: HUBSPOT_SP.appId })).toMatchObject([HUBSPOT_SP]);
  });

  it("escapes quotes in $filter values so a name like O'Brien stays one literal", async () => {
    expect(eqFilter({ displayName: "O'Brien's App", appId: undefined })).toBe("displayName eq 'O''Brien''s App'");
    const { h, client } = adminClient();
    expect(await client.findServicePrincipal({ displayName: "HubSpot' or displayName eq 'x" })).toEqual([]);
    const sent = new URL(h.exchanges.at(-1)!.request.url);
    expect(sent.searchParams.get('$filter')).toBe("displayName eq 'HubSpot'' or displayName eq ''x'");
  });

  it('lists grants by client and by principal, and per user', async () => {
    const { client } = adminClient();
    const all = await client.listPermissionGrants({ clientId: HUBSPOT_SP.id });
    expect(all.length).toBe(8);
    const lars = (await client.listUsers()).find((u) => u.userPrincipalName === USER);
    const his = await client.listPermissionGrants({ clientId: HUBSPOT_SP.id, principalId: lars?.id ?? '' });
    expect(his).toHaveLength(1);
    expect(his[0]).toMatchObject({ consentType: 'Principal', principalId: lars?.id });
    expect(his[0]?.scopes.length).toBeGreaterThan(0);
    expect((await client.userPermissionGrants(USER)).map((g) => g.id)).toEqual(his.map((g) => g.id));
  });

  it('deletes a grant: 204 deleted, then 404 already-gone; the grant is no longer listed', async () => {
    const { h, client } = adminClient();
    const [grant] = await client.userPermissionGrants(USER);
    expect(grant).toBeDefined();
    expect(await client.deletePermissionGrant(grant!.id)).toBe('deleted');
    expect(await client.deletePermissionGrant(grant!.id)).toBe('already-gone');
    expect(await client.userPermissionGrants(USER)).toEqual([]);
    expect(h.sandbox.world.requests.filter((r) => r.method === 'DELETE').map((r) => r.status)).toEqual([204, 404]);
  });
});
