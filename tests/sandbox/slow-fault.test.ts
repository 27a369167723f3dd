import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/core/sandbox';
import type { Scenario } from '../../sandbox/core/scenario';
import { slowRules } from '../../sandbox/core/slow-fault';
import demo from '../../sandbox/scenarios/demo.json';

/** The x.slowOn fault through the whole core, against the real HubSpot users API. */
const TOKEN = 'demo-token-full';
const USER = 'https://api.hubapi.com/settings/v3/users/51200115';

function sandboxWith(slowOn: unknown): ReturnType<typeof createSandbox> {
  const scenario = structuredClone(demo) as Scenario;
  scenario.x = { ...scenario.x, slowOn };
  return createSandbox(scenario);
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

  it('ignores entries without a host or a non-negative ms', () => {
    expect(slowRules({ slowOn: [{ host: 'a', ms: 5 }, { ms: 5 }, { host: 'b' }, { host: 'c', ms: -1 }, null, 'x'] })).toEqual([{ host: 'a', ms: 5 }]);
    expect(slowRules({ slowOn: 'nope' })).toEqual([]);
    expect(slowRules(undefined)).toEqual([]);
  });
});
