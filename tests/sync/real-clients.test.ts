/**
 * The real lib/clients HubSpot client against the in-process sandbox: a full sync, and a 429
 * storm the client's own retries ride out (fake sleep, so the test does not wait).
 */
import { describe, expect, it } from 'vitest';
import { createHubSpotClient } from '../../lib/clients/hubspot/client';
import type { HubSpotSyncClient } from '../../lib/sync/clients';
import { runSyncPass } from '../../lib/sync/pass';
import { DEMO_TOKEN, demoScenario, testBed, type TestBed } from './helpers';

function realClient(bed: TestBed, retry: { maxAttempts?: number } = {}, token = DEMO_TOKEN): HubSpotSyncClient {
  return createHubSpotClient({
    getToken: () => token,
    fetch: (input, init) => bed.sandbox.handle(new Request(input, init)),
    retry: { sleep: async () => undefined, ...retry },
  });
}

describe('sync with the real HubSpot client', () => {
  it('stores the sandbox world', async () => {
    const bed = testBed();
    const result = await runSyncPass(bed.env({ clients: async () => ({ hubspot: realClient(bed) }) }));
    expect(result.status?.state).toBe('idle');
    const scenario = bed.sandbox.world.scenario;
    const users = await bed.repo.getAll('crmUsers');
    expect(users.map((u) => `${u.id}:${u.status}`).sort()).toEqual(scenario.users.map((u) => `${u.id}:${u.status ?? 'active'}`).sort());
    expect(await bed.repo.getAll('owners')).toHaveLength(scenario.users.length);
    expect(await bed.repo.getAll('teams')).toHaveLength(scenario.teams?.length ?? -1);
    expect(await bed.repo.getAll('roles')).toHaveLength(scenario.roles?.length ?? -1);
    expect(await bed.repo.getAll('inboxes')).toHaveLength(scenario.inboxes?.length ?? -1);
    expect((await bed.repo.getAll('channelAccounts')).map((a) => a.address).sort()).toEqual(
      (scenario.teamChannels ?? []).map((c) => c.address).sort(),
    );
  });

  it('a 30 % 5xx API is ridden out by the client retries in one pass', async () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const bed = testBed(demoScenario((s) => (s.faults = { errorRate: 0.3 })), { random });
    const result = await runSyncPass(bed.env({ clients: async () => ({ hubspot: realClient(bed, { maxAttempts: 8 }) }) }));
    expect(result.status?.state).toBe('idle');
    expect(bed.sandbox.world.requests.some((r) => r.status >= 500)).toBe(true);
    expect(await bed.repo.getAll('crmUsers')).toHaveLength(bed.sandbox.world.scenario.users.length);
  });

  it('when retries are exhausted the pass backs off and a later run finishes from the checkpoint', async () => {
    const bed = testBed(demoScenario((s) => (s.faults = { failOn: [{ host: 'api.hubapi.com', path: '/conversations', status: 503, times: 3 }] })));
    const env = bed.env({ clients: async () => ({ hubspot: realClient(bed, { maxAttempts: 2 }) }) });
    const first = await runSyncPass(env);
    expect(first.status?.state).toBe('backing-off');
    const usersRequests = bed.requests('/settings/v3/users/').length;
    const second = await runSyncPass(env);
    expect(second.status?.state).toBe('idle');
    expect(bed.requests('/settings/v3/users/').length).toBe(usersRequests);
    expect(await bed.repo.getAll('inboxes')).toHaveLength(2);
  });

  it('401 and missing scope come through as reconnect-hubspot and missing-scope', async () => {
    const expired = testBed(demoScenario((s) => s.tokens?.hubspot?.forEach((t) => (t.expiresAt = '2020-01-01T00:00:00Z'))));
    const stopped = await runSyncPass(expired.env({ clients: async () => ({ hubspot: realClient(expired) }) }));
    expect(stopped.status?.state).toBe('reconnect-hubspot');

    const narrow = testBed();
    const env = narrow.env({ clients: async () => ({ hubspot: realClient(narrow, {}, 'demo-token-no-conversations') }) });
    const skipped = await runSyncPass(env);
    expect(skipped.status).toMatchObject({ state: 'missing-scope', scopes: ['conversations.read'] });
    expect(await narrow.repo.getAll('crmUsers')).toHaveLength(narrow.sandbox.world.scenario.users.length);
  });
});
