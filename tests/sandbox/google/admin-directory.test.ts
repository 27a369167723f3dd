import { describe, expect, it } from 'vitest';
import { ADMIN_SCOPE, HUBSPOT_CLIENT, bearer, moduleFor, newWorld, send, tokenFor } from './fixture';
import { expectShape, googleErrorSchema, tokenListSchema, tokenSchema } from './schemas';

const BASE = 'https://admin.googleapis.com/admin/directory/v1/users';

describe('Admin SDK Directory tokens (providers.md §2)', () => {
  it('lists a Workspace user\'s tokens in the documented TokenList shape, from providerGrants', async () => {
    const world = newWorld();
    const token = await tokenFor(world, 'anna@acme.example', [ADMIN_SCOPE]);
    const response = await send(world, `${BASE}/bob@acme.example/tokens`, bearer(token));
    expect(response.status).toBe(200);
    const body = await response.json();
    expectShape(body, tokenListSchema);
    expect(body.items.map((t: { displayText: string }) => t.displayText)).toEqual(['HubSpot', 'Zoom <Meetings>']);
    expect(body.items[0].clientId).toBe(HUBSPOT_CLIENT);
    expect(body.items[0].scopes).toEqual(['https://mail.google.com/', 'email']);
  });

  it('derives a stable googleusercontent client id when the scenario gives none', async () => {
    const world = newWorld();
    const token = await tokenFor(world, 'anna@acme.example', [ADMIN_SCOPE]);
    const list = async () => (await (await send(world, `${BASE}/bob@acme.example/tokens`, bearer(token))).json()).items[1].clientId;
    const first = await list();
    expect(first).toMatch(/^\d+-[0-9a-f]{32}\.apps\.googleusercontent\.com$/);
    expect(await list()).toBe(first);
  });

  it('gets one token by client id, also by the user\'s unique id', async () => {
    const world = newWorld();
    const token = await tokenFor(world, 'anna@acme.example', [ADMIN_SCOPE]);
    const byEmail = await send(world, `${BASE}/bob@acme.example/tokens/${HUBSPOT_CLIENT}`, bearer(token));
    expect(byEmail.status).toBe(200);
    const body = await byEmail.json();
    expectShape(body, tokenSchema);
    const byId = await send(world, `${BASE}/${body.userKey}/tokens/${HUBSPOT_CLIENT}`, bearer(token));
    expect(await byId.json()).toEqual(body);
  });

  it('omits items for a user without tokens', async () => {
    const world = newWorld();
    const token = await tokenFor(world, 'anna@acme.example', [ADMIN_SCOPE]);
    const body = await (await send(world, `${BASE}/anna@acme.example/tokens`, bearer(token))).json();
    expectShape(body, tokenListSchema);
    expect(body.items).toBeUndefined();
  });

  it('deletes: 204, empty body, the grant leaves world.scenario and the token 404s afterwards', async () => {
    const world = newWorld();
    const token = await tokenFor(world, 'anna@acme.example', [ADMIN_SCOPE]);
    const url = `${BASE}/bob@acme.example/tokens/${HUBSPOT_CLIENT}`;
    const response = await send(world, url, { ...bearer(token), method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    const left = world.scenario.providerGrants?.map((g) => `${g.address} ${g.provider} ${g.app}`);
    expect(left).toEqual(['bob@acme.example google Zoom <Meetings>', 'carol@gmail.com google HubSpot', 'bob@acme.example microsoft365 HubSpot Sales']);
    const again = await send(world, url, { ...bearer(token), method: 'DELETE' });
    expect(again.status).toBe(404);
    expectShape(await again.json(), googleErrorSchema(404, 'NOT_FOUND', 'notFound'));
  });

  it('401 without a token the sandbox issued', async () => {
    const world = newWorld();
    for (const init of [{}, bearer('ya29.made-up')]) {
      const response = await send(world, `${BASE}/bob@acme.example/tokens`, init);
      expect(response.status).toBe(401);
      expectShape(await response.json(), googleErrorSchema(401, 'UNAUTHENTICATED', 'authError'));
    }
  });

  it('403 for a token without the admin.directory.user.security scope', async () => {
    const world = newWorld();
    const token = await tokenFor(world, 'anna@acme.example', ['email']);
    const response = await send(world, `${BASE}/bob@acme.example/tokens`, bearer(token));
    expect(response.status).toBe(403);
    expectShape(await response.json(), googleErrorSchema(403, 'PERMISSION_DENIED', 'insufficientPermissions'));
  });

  it('403 for a Workspace user who is not an admin of the domain', async () => {
    const world = newWorld();
    const token = await tokenFor(world, 'bob@acme.example', [ADMIN_SCOPE]);
    const response = await send(world, `${BASE}/bob@acme.example/tokens`, bearer(token));
    expect(response.status).toBe(403);
    expectShape(await response.json(), googleErrorSchema(403, 'PERMISSION_DENIED', 'forbidden'));
  });

  it('404 for consumer and unknown addresses', async () => {
    const world = newWorld();
    const token = await tokenFor(world, 'anna@acme.example', [ADMIN_SCOPE]);
    for (const who of ['carol@gmail.com', 'nobody@acme.example']) {
      const response = await send(world, `${BASE}/${who}/tokens`, bearer(token));
      expect(response.status).toBe(404);
      expectShape(await response.json(), googleErrorSchema(404, 'NOT_FOUND', 'notFound'));
    }
  });

  it('401 once the admin\'s token is revoked', async () => {
    const world = newWorld();
    const token = await tokenFor(world, 'anna@acme.example', [ADMIN_SCOPE]);
    const revoke = await send(world, `https://oauth2.googleapis.com/revoke?token=${token}`, { method: 'POST' });
    expect(revoke.status).toBe(200);
    expect((await send(world, `${BASE}/bob@acme.example/tokens`, bearer(token))).status).toBe(401);
  });

  it('answers an injected fault in Google\'s error shape', () => {
    const world = newWorld();
    const module = moduleFor('admin.googleapis.com');
    const response = module.faultResponse?.(503, { world, url: new URL(`${BASE}/x/tokens`) });
    expect(response?.status).toBe(503);
    return response?.json().then((body) => expectShape(body, googleErrorSchema(503, 'UNAVAILABLE')));
  });
});
