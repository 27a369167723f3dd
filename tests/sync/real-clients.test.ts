/**
 * The real lib/clients HubSpot client against the in-process sandbox: a full sync, and a 429
 * storm the client's own retries ride out (fake sleep, so the test does not wait).
 */
import { describe, expect, it } from 'vitest';
import { createHubSpotClient } from '../../lib/clients/hubspot/client';
import type { HubSpotSyncClient } from '../../lib/sync/clients';
import { runSyncPass } from '../../lib/sync/pass';
import { DEMO_TOKEN, demoScenario, testBed, type TestBed } from './helpers';

function realClient(bed: TestBed, retry: { maxAttempts?: number } = {}): HubSpotSyncClient {
  return createHubSpotClient({
    getToken: () => DEMO_TOKEN,
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
});
