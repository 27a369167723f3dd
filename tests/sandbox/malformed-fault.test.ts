import { describe, expect, it } from 'vitest';
import { malformedRules } from '../../sandbox/core/malformed-fault';
import { createSandbox } from '../../sandbox/core/sandbox';
import type { Scenario } from '../../sandbox/core/scenario';
import demo from '../../sandbox/scenarios/demo.json';

/** The x.malformedOn fault through the whole core, against the real HubSpot API host. */
const TOKEN = 'demo-token-full';
const USERS = 'https://api.hubapi.com/settings/v3/users/';

function sandboxWith(malformedOn: unknown): ReturnType<typeof createSandbox> {
  const scenario = structuredClone(demo) as Scenario;
  scenario.x = { ...scenario.x, malformedOn };
  return createSandbox(scenario);
}

async function get(sandbox: ReturnType<typeof createSandbox>, url: string): Promise<{ status: number; type: string | null; text: string }> {
  const response = await sandbox.handle(new Request(url, { headers: { authorization: `Bearer ${TOKEN}` } }));
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('x.malformedOn', () => {
  it('cuts the body of the matching answer after `skip` intact ones, `times` times, keeping status and headers', async () => {
    const sandbox = sandboxWith([{ host: 'api.hubapi.com', path: '/settings/v3/users/', exact: true, skip: 1, times: 1 }]);
    const first = await get(sandbox, `${USERS}?limit=5`);
    const second = await get(sandbox, `${USERS}?limit=5`);
    const third = await get(sandbox, `${USERS}?limit=5`);
    expect(parses(first.text)).toBe(true);
    expect(second.status).toBe(200);
    expect(second.type).toContain('application/json');
    expect(parses(second.text)).toBe(false);
    expect(second.text.length).toBeGreaterThan(0);
    expect(first.text.startsWith(second.text)).toBe(true);
    expect(parses(third.text)).toBe(true);
    // The log shows what the client saw: a 200.
    expect(sandbox.world.requests.map((entry) => entry.status)).toEqual([200, 200, 200]);
  });

  it('exact paths do not match longer ones; prefixes do', async () => {
    const exact = sandboxWith([{ host: 'api.hubapi.com', path: '/settings/v3/users/', exact: true }]);
    expect(parses((await get(exact, `${USERS}roles`)).text)).toBe(true);
    expect(parses((await get(exact, USERS)).text)).toBe(false);
    const prefix = sandboxWith([{ host: 'api.hubapi.com', path: '/settings/v3/users/' }]);
    expect(parses((await get(prefix, `${USERS}roles`)).text)).toBe(false);
  });

  it('leaves error answers, other hosts and other methods alone', async () => {
    const sandbox = sandboxWith([{ host: 'api.hubapi.com', method: 'POST' }]);
    expect(parses((await get(sandbox, USERS)).text)).toBe(true);
    const errors = sandboxWith([{ host: 'api.hubapi.com' }]);
    const unauthorized = await errors.handle(new Request(USERS));
    expect(unauthorized.status).toBe(401);
    expect(parses(await unauthorized.text())).toBe(true);
  });

  it('PUT /state resets the counters, like faults.failOn', async () => {
    const sandbox = sandboxWith([{ host: 'api.hubapi.com', path: '/settings/v3/users/', exact: true, times: 1 }]);
    expect(parses((await get(sandbox, USERS)).text)).toBe(false);
    expect(parses((await get(sandbox, USERS)).text)).toBe(true);
    sandbox.world.replace(structuredClone(sandbox.world.scenario));
    expect(parses((await get(sandbox, USERS)).text)).toBe(false);
  });

  it('ignores entries that are not rules (x is free-form)', () => {
    expect(malformedRules({ malformedOn: [{ host: 'a.example' }, 'junk', null, { path: '/no-host' }] })).toEqual([{ host: 'a.example' }]);
    expect(malformedRules({ malformedOn: 'nope' })).toEqual([]);
    expect(malformedRules(undefined)).toEqual([]);
  });
});
