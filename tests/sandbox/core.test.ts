import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostModule } from '../../sandbox/core/host';
import { createSandbox } from '../../sandbox/core/sandbox';
import type { Scenario } from '../../sandbox/core/scenario';
import { sandboxTestHost } from '../../sandbox/hosts/sandbox-test';

// The core is tested with its own modules, independent of the real hosts' progress.
vi.mock('../../sandbox/hosts/index', () => ({ hostModules: [] }));

const echoApi: HostModule = {
  hosts: ['api.hubapi.com'],
  async handle(request, { url }) {
    return Response.json({ method: request.method, path: url.pathname, body: request.body ? await request.text() : null });
  },
};
const page: HostModule = { hosts: ['mail.google.com'], handle: () => new Response('<p>page</p>') };
const broken: HostModule = {
  hosts: ['broken.example'],
  handle: () => {
    throw new Error('kaput');
  },
};

function scenario(faults?: Scenario['faults']): Scenario {
  return { portal: { id: 7, name: 'P' }, users: [{ id: '1', email: 'a@p.example' }], ...(faults ? { faults } : {}) };
}

function make(faults?: Scenario['faults'], random?: () => number) {
  return createSandbox(scenario(faults), { modules: [sandboxTestHost, echoApi, page, broken], random });
}

const get = (url: string) => new Request(url);

afterEach(() => vi.restoreAllMocks());

describe('routing', () => {
  it('routes by host and lists every served host', async () => {
    const sandbox = make();
    expect(sandbox.hosts).toEqual(['api.hubapi.com', 'broken.example', 'mail.google.com', 'sandbox.test']);
    const answer = await sandbox.handle(get('https://api.hubapi.com/settings/users/v3/users?limit=2'));
    expect(await answer.json()).toMatchObject({ method: 'GET', path: '/settings/users/v3/users' });
    expect(await (await sandbox.handle(get('https://mail.google.com/'))).text()).toBe('<p>page</p>');
  });

  it('answers 404 for a host no module serves', async () => {
    const answer = await make().handle(get('https://unknown.example/x'));
    expect(answer.status).toBe(404);
    expect(await answer.text()).toContain('unknown.example');
  });

  it('turns a module error into a 500 that names the host and the reason', async () => {
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await make().handle(get('https://broken.example/boom'));
    expect(answer.status).toBe(500);
    expect(await answer.text()).toMatch(/broken\.example.*\/boom.*kaput/);
    expect(stderr).toHaveBeenCalled();
  });

  it('refuses two modules claiming one host', () => {
    expect(() => createSandbox(scenario(), { modules: [echoApi, { ...echoApi }] })).toThrow(/api\.hubapi\.com/);
  });
});

describe('request log', () => {
  it('records method, host, path, query, status and a JSON body; not the control host', async () => {
    const sandbox = make();
    await sandbox.handle(get('https://api.hubapi.com/crm/v3/owners?archived=true'));
    await sandbox.handle(new Request('https://api.hubapi.com/settings/users/v3/users', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":"x@p.example"}',
    }));
    await sandbox.handle(get('https://nowhere.example/'));
    await sandbox.handle(get('https://sandbox.test/state'));
    expect(sandbox.world.requests.map(({ seq, method, host, path, query, status, body }) => ({ seq, method, host, path, query, status, body }))).toEqual([
      { seq: 1, method: 'GET', host: 'api.hubapi.com', path: '/crm/v3/owners', query: 'archived=true', status: 200, body: undefined },
      { seq: 2, method: 'POST', host: 'api.hubapi.com', path: '/settings/users/v3/users', query: '', status: 200, body: '{"email":"x@p.example"}' },
      { seq: 3, method: 'GET', host: 'nowhere.example', path: '/', query: '', status: 404, body: undefined },
    ]);
  });

  it('leaves the body readable for the module', async () => {
    const answer = await make().handle(new Request('https://api.hubapi.com/x', {
      method: 'PUT', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1',
    }));
    expect(await answer.json()).toMatchObject({ body: 'a=1' });
  });
});

describe('faults', () => {
  it('fails matching requests `times` times, then answers normally', async () => {
    const sandbox = make({ failOn: [{ host: 'api.hubapi.com', method: 'delete', path: '/settings/users', status: 503, times: 2 }] });
    const del = () => sandbox.handle(new Request('https://api.hubapi.com/settings/users/v3/users/5', { method: 'DELETE' }));
    expect((await sandbox.handle(get('https://api.hubapi.com/settings/users/v3/users'))).status).toBe(200);
    expect((await sandbox.handle(new Request('https://api.hubapi.com/crm/v3/owners/1', { method: 'DELETE' }))).status).toBe(200);
    const first = await del();
    expect(first.status).toBe(503);
    expect(await first.json()).toMatchObject({ status: 'error', category: 'INTERNAL_ERROR' });
    expect((await del()).status).toBe(503);
    expect((await del()).status).toBe(200);
    expect(sandbox.world.requests.map((r) => r.status)).toEqual([200, 200, 503, 503, 200]);
  });

  it('fails every matching request when `times` is absent, pages included', async () => {
    const sandbox = make({ failOn: [{ host: 'mail.google.com', status: 502 }] });
    for (let i = 0; i < 3; i++) expect((await sandbox.handle(get('https://mail.google.com/mail/u/0/'))).status).toBe(502);
  });

  it('applies errorRate to API hosts only, with 500/502/503', async () => {
    const rolls = [0.1, 0.5, 0.1, 0.99, 0.1, 0.2];
    const sandbox = make({ errorRate: 0.3 }, () => rolls.shift() ?? 0.9);
    expect((await sandbox.handle(get('https://mail.google.com/'))).status).toBe(200);
    expect(rolls).toHaveLength(6);
    expect((await sandbox.handle(get('https://api.hubapi.com/a'))).status).toBe(502);
    expect((await sandbox.handle(get('https://api.hubapi.com/b'))).status).toBe(503);
    expect((await sandbox.handle(get('https://api.hubapi.com/c'))).status).toBe(500);
  });

  it('uses the module`s own fault shape when it has one', async () => {
    const own: HostModule = { ...echoApi, hosts: ['graph.microsoft.com'], faultResponse: (status) => new Response('own', { status }) };
    const sandbox = createSandbox(scenario({ failOn: [{ host: 'graph.microsoft.com', status: 500 }] }), { modules: [own] });
    expect(await (await sandbox.handle(get('https://graph.microsoft.com/v1.0/me'))).text()).toBe('own');
  });

  it('answers Graph faults in Graph`s shape with Retry-After on 429', async () => {
    const graph: HostModule = { ...echoApi, hosts: ['graph.microsoft.com'] };
    const sandbox = createSandbox(scenario({ failOn: [{ host: 'graph.microsoft.com', status: 429 }] }), { modules: [graph] });
    const answer = await sandbox.handle(get('https://graph.microsoft.com/v1.0/oauth2PermissionGrants'));
    expect(answer.headers.get('retry-after')).toBe('1');
    expect(await answer.json()).toMatchObject({ error: { code: 'TooManyRequests' } });
  });

  it('delays API answers by latencyMs but not pages', async () => {
    const sandbox = make({ latencyMs: 120 });
    let start = performance.now();
    await sandbox.handle(get('https://api.hubapi.com/a'));
    expect(performance.now() - start).toBeGreaterThanOrEqual(110);
    start = performance.now();
    await sandbox.handle(get('https://mail.google.com/'));
    expect(performance.now() - start).toBeLessThan(100);
  });
});

describe('sandbox.test control host', () => {
  it('serves the world, replaces it after validation, and resets runtime state', async () => {
    const sandbox = make({ failOn: [{ host: 'api.hubapi.com', status: 500, times: 1 }] });
    expect((await sandbox.handle(get('https://api.hubapi.com/a'))).status).toBe(500);
    expect(await (await sandbox.handle(get('https://sandbox.test/state'))).json()).toMatchObject({ portal: { id: 7 } });

    const bad = await sandbox.handle(new Request('https://sandbox.test/state', {
      method: 'PUT', body: JSON.stringify({ portal: { id: 8, name: 'Q' }, users: [{ id: '1', email: 'a@q', status: 'asleep' }] }),
    }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toContain('/users/0/status must be one of active, deactivated, removed');
    expect(sandbox.world.scenario.portal.id).toBe(7);

    const next = { ...scenario({ failOn: [{ host: 'api.hubapi.com', status: 500, times: 1 }] }), portal: { id: 8, name: 'Q' } };
    const ok = await sandbox.handle(new Request('https://sandbox.test/state', { method: 'PUT', body: JSON.stringify(next) }));
    expect(ok.status).toBe(200);
    expect(await (await sandbox.handle(get('https://sandbox.test/state'))).json()).toEqual(next);
    // A fresh world has a fresh failOn budget.
    expect((await sandbox.handle(get('https://api.hubapi.com/a'))).status).toBe(500);
  });

  it('serves the request log, newest last, since a sequence number', async () => {
    const sandbox = make();
    for (const path of ['/a', '/b', '/c']) await sandbox.handle(get(`https://api.hubapi.com${path}`));
    const all = await (await sandbox.handle(get('https://sandbox.test/requests'))).json();
    expect(all.map((r: { path: string }) => r.path)).toEqual(['/a', '/b', '/c']);
    const since = await (await sandbox.handle(get(`https://sandbox.test/requests?since=${all[0].seq}`))).json();
    expect(since.map((r: { path: string }) => r.path)).toEqual(['/b', '/c']);
    expect((await sandbox.handle(get('https://sandbox.test/requests?since=soon'))).status).toBe(400);
  });

  it('says which methods and routes exist', async () => {
    const sandbox = make();
    expect((await sandbox.handle(new Request('https://sandbox.test/requests', { method: 'DELETE' }))).status).toBe(405);
    expect((await sandbox.handle(get('https://sandbox.test/nope'))).status).toBe(404);
  });
});
