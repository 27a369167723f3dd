import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/core/sandbox';
import type { Scenario } from '../../sandbox/core/scenario';
import { slowRules, type HeldCall } from '../../sandbox/core/slow-fault';
import demo from '../../sandbox/scenarios/demo.json';

/** The x.slowOn fault through the whole core, against the real HubSpot users API. */
const TOKEN = 'demo-token-full';
const USER = 'https://api.hubapi.com/settings/v3/users/51200115';

function sandboxWith(slowOn: unknown): ReturnType<typeof createSandbox> {
  const scenario = structuredClone(demo) as Scenario;
  scenario.x = { ...scenario.x, slowOn };
  return createSandbox(scenario);
}

/** The held calls as GET https://sandbox.test/held lists them. */
const heldOf = async (sandbox: ReturnType<typeof createSandbox>): Promise<HeldCall[]> => (await sandbox.handle(new Request('https://sandbox.test/held'))).json() as Promise<HeldCall[]>;
const release = (sandbox: ReturnType<typeof createSandbox>) => sandbox.handle(new Request('https://sandbox.test/held/release', { method: 'POST' }));

/** Polls until `condition` holds, every few ms, within a bound (no fixed sleep). */
async function until(condition: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

const call = (sandbox: ReturnType<typeof createSandbox>, method: string, url = USER): Promise<Response> =>
  sandbox.handle(new Request(url, { method, headers: { authorization: `Bearer ${TOKEN}` } }));

describe('x.slowOn', () => {
  it('holds the matching call before its host acts: a call sent meanwhile is answered first and sees the old world', async () => {
    const sandbox = sandboxWith([{ host: 'api.hubapi.com', method: 'delete', path: '/settings/v3/users/', ms: 300 }]);
    const removal = call(sandbox, 'DELETE');
    const meanwhile = await call(sandbox, 'GET');
    expect(meanwhile.status).toBe(200);
    // The GET was not held behind the DELETE, and the DELETE has not happened yet.
    expect(sandbox.world.requests.map((entry) => entry.method)).toEqual(['GET']);
    expect((await removal).status).toBe(204);
    expect((await call(sandbox, 'GET')).status).toBe(404);
    expect(sandbox.world.requests.map((entry) => `${entry.method} ${entry.status}`)).toEqual(['GET 200', 'DELETE 204', 'GET 404']);
  });

  it('matches host, method and path prefix; other calls are not held', async () => {
    const sandbox = sandboxWith([{ host: 'api.hubapi.com', method: 'DELETE', path: '/settings/v3/users/9', ms: 60_000 }]);
    // Would hang the test for a minute if the rule matched a path it does not name.
    expect((await call(sandbox, 'DELETE')).status).toBe(204);
  });

  it('with exact: true matches the whole path only', async () => {
    const sandbox = sandboxWith([{ host: 'api.hubapi.com', path: '/settings/v3/users/', exact: true, ms: 60_000 }]);
    // The user's own path starts with the rule's: not held.
    expect((await call(sandbox, 'GET')).status).toBe(200);
    const list = call(sandbox, 'GET', 'https://api.hubapi.com/settings/v3/users/');
    await until(async () => (await heldOf(sandbox)).length === 1);
    await release(sandbox);
    expect((await list).status).toBe(200);
  });

  it('holds only the request after `skip` matching ones, `times` of them: the fourth page, not the first three', async () => {
    const sandbox = sandboxWith([{ host: 'api.hubapi.com', method: 'GET', path: '/settings/v3/users/', skip: 2, times: 1, ms: 60_000 }]);
    // Would hang for a minute if a skipped call were held.
    expect((await call(sandbox, 'GET')).status).toBe(200);
    expect((await call(sandbox, 'GET')).status).toBe(200);
    const third = call(sandbox, 'GET');
    await until(async () => (await heldOf(sandbox)).length === 1);
    // Past `times`: the next call goes through while the third still waits.
    expect((await call(sandbox, 'GET')).status).toBe(200);
    expect(await heldOf(sandbox)).toHaveLength(1);
    await release(sandbox);
    expect((await third).status).toBe(200);
  });

  it('lists a held call at sandbox.test/held while it is in flight, and POST /held/release lets it land now', async () => {
    const sandbox = sandboxWith([{ host: 'api.hubapi.com', method: 'DELETE', path: '/settings/v3/users/', ms: 60_000 }]);
    const removal = call(sandbox, 'DELETE');
    await until(async () => (await heldOf(sandbox)).length === 1);
    const [held] = await heldOf(sandbox);
    expect(held).toMatchObject({ method: 'DELETE', host: 'api.hubapi.com', path: '/settings/v3/users/51200115', query: '' });
    // In flight: the user still exists and the log has not seen the call.
    expect(sandbox.world.requests).toEqual([]);
    expect((await call(sandbox, 'GET')).status).toBe(200);

    const released = await sandbox.handle(new Request(`https://sandbox.test/held/release?id=${held?.id}`, { method: 'POST' }));
    expect(await released.json()).toEqual({ released: 1 });
    expect((await removal).status).toBe(204);
    expect(await heldOf(sandbox)).toEqual([]);
    expect(sandbox.world.requests.map((entry) => `${entry.method} ${entry.status}`)).toEqual(['GET 200', 'DELETE 204']);
    expect((await sandbox.handle(new Request('https://sandbox.test/held/release?id=0', { method: 'POST' }))).status).toBe(400);
  });

  it('a call held across PUT /state is still listed and lands in the new world when released', async () => {
    const sandbox = sandboxWith([{ host: 'api.hubapi.com', method: 'GET', path: '/settings/v3/users/', ms: 60_000 }]);
    const read = call(sandbox, 'GET');
    await until(async () => (await heldOf(sandbox)).length === 1);
    const expired = structuredClone(demo) as Scenario;
    for (const token of expired.tokens?.hubspot ?? []) token.expiresAt = '2020-01-01T00:00:00Z';
    const put = await sandbox.handle(new Request('https://sandbox.test/state', { method: 'PUT', body: JSON.stringify(expired) }));
    expect(put.status).toBe(200);
    expect(await heldOf(sandbox)).toHaveLength(1);
    await release(sandbox);
    expect((await read).status).toBe(401);
  });

  it('ignores entries without a host or a non-negative ms', () => {
    expect(slowRules({ slowOn: [{ host: 'a', ms: 5 }, { ms: 5 }, { host: 'b' }, { host: 'c', ms: -1 }, null, 'x'] })).toEqual([{ host: 'a', ms: 5 }]);
    expect(slowRules({ slowOn: 'nope' })).toEqual([]);
    expect(slowRules(undefined)).toEqual([]);
  });
});
