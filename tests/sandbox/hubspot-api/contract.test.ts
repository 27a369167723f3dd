import { describe, expect, it } from 'vitest';
import { contractCases, type ContractCase } from './contract-cases';
import { api, contract, expectErrorShape, newWorld, send, type Endpoint } from './helpers';

/**
 * Every endpoint of sandbox/schema/hubspot-contract.json, success and error answers, validated
 * against the contract's schemas. Iterates the contract, so a new endpoint without cases fails.
 */
const keyOf = (endpoint: Endpoint): string => `${endpoint.method} ${endpoint.path}`;

async function run(endpoint: Endpoint, testCase: ContractCase, world = newWorld()) {
  await testCase.setup?.(world);
  const answer = await api(world, endpoint.method, endpoint.path, testCase);
  expect(answer.status, JSON.stringify(answer.body)).toBe(testCase.status);
  if (testCase.category) expect(answer.body.category).toBe(testCase.category);
  return answer;
}

describe.each(contract.endpoints.map((endpoint) => [keyOf(endpoint), endpoint] as const))('%s', (_key, endpoint) => {
  const cases = contractCases[keyOf(endpoint)] ?? [];
  const success = cases.find((testCase) => testCase.status < 300);

  it('has contract cases, including a success', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(success).toBeDefined();
  });

  it.each(cases.map((testCase) => [testCase.title, testCase] as const))('%s', async (_title, testCase) => {
    await run(endpoint, testCase);
  });

  if (!success) return;

  it('answers 429 in the documented shape past the rate limit', async () => {
    const world = newWorld((scenario) => {
      scenario.faults = { rateLimitPer10s: 1 };
    });
    const once = { ...success, setup: undefined };
    await run(endpoint, once, world);
    const limited = await api(world, endpoint.method, endpoint.path, once);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' });
  });

  if (endpoint.scopesAnyOf.length === 0) {
    it('needs no Authorization header (token in the path)', async () => {
      await run(endpoint, { ...success, token: null });
    });
    return;
  }

  it.each([
    ['no token', null, 'INVALID_AUTHENTICATION'],
    ['unknown token', 'tok-unknown', 'INVALID_AUTHENTICATION'],
    ['expired token', 'tok-expired', 'EXPIRED_AUTHENTICATION'],
  ] as const)('401 with %s', async (_what, token, category) => {
    await run(endpoint, { ...success, token, status: 401, category });
  });

  it('403 MISSING_SCOPES naming the scopes when the token lacks them', async () => {
    const answer = await run(endpoint, { ...success, token: 'tok-unrelated', status: 403, category: 'MISSING_SCOPES' });
    for (const scope of endpoint.scopesAnyOf) expect(answer.body.message).toContain(scope);
    expect(answer.body.errors[0].context.requiredScopes).toEqual(endpoint.scopesAnyOf);
  });
});

describe('answers outside the contract', () => {
  it('unknown path → 404 in the Error shape', async () => {
    const answer = await send(newWorld(), 'GET', new URL('https://api.hubapi.com/crm/v3/objects/contacts'));
    expect(answer.status).toBe(404);
    expectErrorShape(answer.body);
  });

  it('wrong method → 405 with Allow, in the Error shape', async () => {
    const answer = await send(newWorld(), 'PATCH', new URL('https://api.hubapi.com/settings/v3/users/1002'), { body: {} });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('DELETE, GET, PUT');
    expectErrorShape(answer.body);
  });

  it('injected faults answer in the Error shape', async () => {
    const { hubspotApiHost } = await import('../../../sandbox/hosts/hubspot-api/index');
    const world = newWorld();
    const url = new URL('https://api.hubapi.com/crm/v3/owners/');
    for (const status of [500, 502, 503, 429]) {
      const response = hubspotApiHost.faultResponse?.(status, { world, url });
      expect(response?.status).toBe(status);
      expectErrorShape(await response?.json());
    }
  });
});
