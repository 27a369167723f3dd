import { describe, expect, it } from 'vitest';
import { userObjectId } from '../../../sandbox/hosts/microsoft/index';
import { createSandbox } from '../../../sandbox/core/sandbox';
import { HUBSPOT_SP, bearer, microsoftScenario, moduleFor, newWorld, send, signIn } from './fixture';
import {
  collectionSchema, expectShape, grantSchema, graphErrorSchema, servicePrincipalSchema, tooManyRequestsSchema, userSchema,
} from './schemas';

const GRAPH = 'https://graph.microsoft.com/v1.0';
const adminToken = async (world: ReturnType<typeof newWorld>) => (await signIn(world, 'ada@contoso.example')).access_token ?? '';
const q = (filter: string) => `$filter=${encodeURIComponent(filter)}`;

describe('Graph users and service principals', () => {
  it('/me, /users and /users/{id|upn} answer from the scenario with stable GUIDs', async () => {
    const world = newWorld();
    const token = await adminToken(world);
    const me = await (await send(world, `${GRAPH}/me`, bearer(token))).json();
    expectShape(me, userSchema);
    expect(me).toMatchObject({ id: userObjectId('ada@contoso.example'), displayName: 'Ada Admin', userPrincipalName: 'ada@contoso.example' });

    const users = await (await send(world, `${GRAPH}/users`, bearer(token))).json();
    expectShape(users, collectionSchema(userSchema));
    expect(users.value.map((u: { mail: string }) => u.mail).sort()).toEqual(['ada@contoso.example', 'ann@contoso.example', 'bob@contoso.example']);

    const ann = userObjectId('ann@contoso.example');
    const byUpn = await (await send(world, `${GRAPH}/users/ann@contoso.example`, bearer(token))).json();
    const byId = await (await send(world, `${GRAPH}/users/${ann}`, bearer(token))).json();
    expect(byUpn.id).toBe(ann);
    expect(byId).toEqual(byUpn);
    expect(byId.surname).toBe('<i>Lee</i>');

    const missing = await send(world, `${GRAPH}/users/nobody@contoso.example`, bearer(token));
    expect(missing.status).toBe(404);
    expectShape(await missing.json(), graphErrorSchema('Request_ResourceNotFound'));
  });

  it('finds service principals by displayName, appId, (appId=…) and object id', async () => {
    const world = newWorld();
    const token = await adminToken(world);
    for (const url of [
      `${GRAPH}/servicePrincipals?${q("displayName eq 'HubSpot Sales'")}`,
      `${GRAPH}/servicePrincipals?${q(`appId eq '${HUBSPOT_SP.appId}'`)}`,
    ]) {
      const list = await (await send(world, url, bearer(token))).json();
      expectShape(list, collectionSchema(servicePrincipalSchema));
      expect(list.value.map((sp: { id: string }) => sp.id)).toEqual([HUBSPOT_SP.id]);
    }
    const byAppId = await (await send(world, `${GRAPH}/servicePrincipals(appId='${HUBSPOT_SP.appId}')`, bearer(token))).json();
    expectShape(byAppId, servicePrincipalSchema);
    const byId = await (await send(world, `${GRAPH}/servicePrincipals/${HUBSPOT_SP.id}`, bearer(token))).json();
    expect(byId.appId).toBe(HUBSPOT_SP.appId);
    const graph = await (await send(world, `${GRAPH}/servicePrincipals?${q("appId eq '00000003-0000-0000-c000-000000000000'")}`, bearer(token))).json();
    expect(graph.value[0].displayName).toBe('Microsoft Graph');
    const unknown = await send(world, `${GRAPH}/servicePrincipals/00000000-0000-4000-8000-000000000000`, bearer(token));
    expect(unknown.status).toBe(404);
  });
});

describe('Graph oAuth2PermissionGrants (providers.md §6)', () => {
  it('lists every grant of the tenant, filters on clientId and principalId', async () => {
    const world = newWorld();
    const token = await adminToken(world);
    const all = await (await send(world, `${GRAPH}/oauth2PermissionGrants`, bearer(token))).json();
    expectShape(all, collectionSchema(grantSchema));
    expect(all.value).toHaveLength(3);

    const hubspot = await (await send(world, `${GRAPH}/oauth2PermissionGrants?${q(`clientId eq '${HUBSPOT_SP.id}'`)}`, bearer(token))).json();
    expect(hubspot.value.map((g: { consentType: string }) => g.consentType).sort()).toEqual(['AllPrincipals', 'Principal']);
    const allPrincipals = hubspot.value.find((g: { consentType: string }) => g.consentType === 'AllPrincipals');
    expect(allPrincipals.id).toHaveLength(43);

    const ann = userObjectId('ann@contoso.example');
    const one = await (await send(world, `${GRAPH}/oauth2PermissionGrants?${q(`clientId eq '${HUBSPOT_SP.id}' and principalId eq '${ann}'`)}`, bearer(token))).json();
    expect(one.value).toHaveLength(1);
    expect(one.value[0]).toMatchObject({ principalId: ann, scope: 'Mail.ReadWrite offline_access' });
    expect(one.value[0].id).toHaveLength(64);

    const perUser = await (await send(world, `${GRAPH}/users/${ann}/oauth2PermissionGrants`, bearer(token))).json();
    expectShape(perUser, collectionSchema(grantSchema));
    expect(perUser.value.map((g: { id: string }) => g.id)).toEqual([one.value[0].id]);

    const bad = await send(world, `${GRAPH}/oauth2PermissionGrants?${q("startswith(scope,'Mail')")}`, bearer(token));
    expect(bad.status).toBe(400);
    expectShape(await bad.json(), graphErrorSchema('Request_UnsupportedQuery'));
  });

  it('DELETE → 204 and the grant leaves the scenario; a second DELETE → 404', async () => {
    const world = newWorld();
    const token = await adminToken(world);
    const ann = userObjectId('ann@contoso.example');
    const list = await (await send(world, `${GRAPH}/users/${ann}/oauth2PermissionGrants`, bearer(token))).json();
    const id = list.value[0].id;
    const deleted = await send(world, `${GRAPH}/oauth2PermissionGrants/${id}`, bearer(token, { method: 'DELETE' }));
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    expect(world.scenario.providerGrants?.some((g) => g.address === 'ann@contoso.example')).toBe(false);
    expect(world.scenario.providerGrants).toHaveLength(3);
    const again = await send(world, `${GRAPH}/oauth2PermissionGrants/${id}`, bearer(token, { method: 'DELETE' }));
    expect(again.status).toBe(404);
    expectShape(await again.json(), graphErrorSchema('Request_ResourceNotFound'));
  });

  it('403 Authorization_RequestDenied for a non-admin and for an admin token without the permission', async () => {
    const world = newWorld();
    const member = (await signIn(world, 'ann@contoso.example')).access_token ?? '';
    const readOnly = (await signIn(world, 'ada@contoso.example', 'openid profile offline_access User.Read')).access_token ?? '';
    const ann = userObjectId('ann@contoso.example');
    const grantId = (await (await send(world, `${GRAPH}/users/${ann}/oauth2PermissionGrants`, bearer(await adminToken(world)))).json()).value[0].id;
    for (const [token, url, method] of [
      [member, `${GRAPH}/oauth2PermissionGrants`, 'GET'],
      [member, `${GRAPH}/me/oauth2PermissionGrants`, 'GET'],
      [member, `${GRAPH}/oauth2PermissionGrants/${grantId}`, 'DELETE'],
      [readOnly, `${GRAPH}/oauth2PermissionGrants/${grantId}`, 'DELETE'],
    ] as const) {
      const response = await send(world, url, bearer(token, { method }));
      expect(response.status, `${method} ${url}`).toBe(403);
      expectShape(await response.json(), graphErrorSchema('Authorization_RequestDenied'));
    }
    expect(world.scenario.providerGrants).toHaveLength(4);
    expect((await send(world, `${GRAPH}/me`, bearer(member))).status).toBe(200);
  });

  it('401 InvalidAuthenticationToken without a token the sandbox issued', async () => {
    const world = newWorld();
    for (const init of [{}, bearer('eyJ.fake.token')]) {
      const response = await send(world, `${GRAPH}/me`, init);
      expect(response.status).toBe(401);
      expectShape(await response.json(), graphErrorSchema('InvalidAuthenticationToken'));
    }
  });

  it('429 TooManyRequests with Retry-After when scenario.x.graphThrottle says so, then recovers', async () => {
    const world = newWorld();
    const token = await adminToken(world);
    world.scenario.x = { graphThrottle: { times: 1, retryAfter: 2.5, path: '/oauth2PermissionGrants' } };
    const throttled = await send(world, `${GRAPH}/oauth2PermissionGrants`, bearer(token));
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('2.5');
    expectShape(await throttled.json(), tooManyRequestsSchema);
    expect((await send(world, `${GRAPH}/oauth2PermissionGrants`, bearer(token))).status).toBe(200);
  });

  it('faults.failOn status 429 through the sandbox core comes back in Graph\'s throttling shape', async () => {
    const scenario = microsoftScenario();
    scenario.faults = { failOn: [{ host: 'graph.microsoft.com', method: 'DELETE', status: 429, times: 1 }] };
    const sandbox = createSandbox(scenario);
    const token = (await signIn(sandbox.world, 'ada@contoso.example')).access_token ?? '';
    const ann = userObjectId('ann@contoso.example');
    const list = await (await sandbox.handle(new Request(`${GRAPH}/users/${ann}/oauth2PermissionGrants`, bearer(token)))).json();
    const remove = () => sandbox.handle(new Request(`${GRAPH}/oauth2PermissionGrants/${list.value[0].id}`, bearer(token, { method: 'DELETE' })));
    const throttled = await remove();
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expectShape(await throttled.json(), tooManyRequestsSchema);
    expect((await remove()).status).toBe(204);
  });

  it('an injected 429 fault (faults.failOn) is answered in Graph\'s throttling shape', async () => {
    const world = newWorld();
    const response = moduleFor('graph.microsoft.com').faultResponse?.(429, { world, url: new URL(`${GRAPH}/me`) });
    expect(response?.status).toBe(429);
    expect(Number(response?.headers.get('retry-after'))).toBeGreaterThan(0);
    expectShape(await response?.json(), tooManyRequestsSchema);
  });
});
