import { describe, expect, it } from 'vitest';
import { runSyncPass } from '../../lib/sync/pass';
import type { FetchLike } from './sandbox-hubspot-client';
import { testBed } from './helpers';

const isUsersList = (url: string) => new URL(url).pathname === '/settings/v3/users/';

describe('a worker killed mid-sync', () => {
  it('resumes at the checkpoint: stored pages are not fetched again, every record is stored once', async () => {
    const bed = testBed();
    const listed = bed.sandbox.world.scenario.users.filter((user) => user.status !== 'removed').length;
    const killAfterPages = 2;
    const controller = new AbortController();
    let usersPages = 0;
    // The worker dies while page k+1 is in flight: its answer is never stored.
    const dying: FetchLike = async (url, init) => {
      if (isUsersList(url) && ++usersPages > killAfterPages) controller.abort();
      return bed.sandboxFetch(url, init);
    };

    await expect(runSyncPass(bed.env({ fetch: dying }), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(await bed.repo.getAll('crmUsers')).toHaveLength(killAfterPages * 10);
    const checkpoint = await bed.repo.get('syncState', 'hubspot:users');
    expect(checkpoint?.cursor).toBeDefined();
    expect(checkpoint?.done).toBe(killAfterPages * 10);
    const passStartedAt = checkpoint?.passStartedAt;
    const ownersRequestsBefore = bed.requests('/crm/v3/owners').length;
    const usersQueriesBefore = bed.requests('/settings/v3/users/').filter((r) => r.path === '/settings/v3/users/').map((r) => r.query);

    const resumed = await runSyncPass(bed.env());
    expect(resumed.status?.state).toBe('idle');

    const usersQueries = bed.requests('/settings/v3/users/').filter((r) => r.path === '/settings/v3/users/').map((r) => r.query);
    const afterResume = usersQueries.slice(usersQueriesBefore.length);
    // The first request after the resume asks for page k+1 by the saved cursor, never page 1..k.
    expect(new URLSearchParams(afterResume[0]).get('after')).toBe(checkpoint?.cursor);
    for (const query of usersQueriesBefore.slice(0, killAfterPages)) expect(afterResume).not.toContain(query);
    expect(usersQueries).toHaveLength(Math.ceil(listed / 10) + 1);
    // Jobs finished before the kill are not run again in the resumed pass.
    expect(bed.requests('/crm/v3/owners').length).toBe(ownersRequestsBefore);

    const users = await bed.repo.getAll('crmUsers');
    expect(users).toHaveLength(bed.sandbox.world.scenario.users.length);
    expect(new Set(users.map((user) => user.id)).size).toBe(users.length);
    const progress = await bed.repo.getMeta('syncProgress');
    expect(progress?.resources.users?.done).toBe(listed);
    // The resumed pass kept its first start time until it completed.
    const done = await bed.repo.get('syncState', 'hubspot:users');
    expect(done?.cursor).toBeUndefined();
    expect(done?.passStartedAt).toBeUndefined();
    expect(done?.lastCompletedAt && passStartedAt && done.lastCompletedAt > passStartedAt).toBe(true);
  });

  it('keeps the original passStartedAt while resuming, so the sweep judges the whole pass', async () => {
    const bed = testBed();
    await runSyncPass(bed.env());
    // Between passes a user disappears; the next pass is killed after its first users page.
    const scenario = bed.sandbox.world.scenario;
    const gone = scenario.users.at(-2);
    scenario.users.splice(scenario.users.length - 2, 1);
    const controller = new AbortController();
    let usersPages = 0;
    const dying: FetchLike = async (url, init) => {
      if (isUsersList(url) && ++usersPages > 1) controller.abort();
      return bed.sandboxFetch(url, init);
    };
    await expect(runSyncPass(bed.env({ fetch: dying }), { signal: controller.signal })).rejects.toThrow();
    const firstStart = (await bed.repo.get('syncState', 'hubspot:users'))?.passStartedAt;
    await runSyncPass(bed.env());
    const record = await bed.repo.get('crmUsers', gone?.id ?? '');
    expect(record?.status).toBe('removed');
    expect(record?.goneAt).toBeDefined();
    // Users seen on the page stored before the kill were not swept: they were seen in this pass.
    const swept = (await bed.repo.getAll('crmUsers')).filter((user) => user.goneAt);
    expect(swept.map((user) => user.id)).toEqual([gone?.id]);
    expect(firstStart).toBeDefined();
  });

  it('a pass left open for hours starts over: finished jobs run again, a job with a cursor resumes', async () => {
    const bed = testBed();
    const controller = new AbortController();
    let usersPages = 0;
    const dying: FetchLike = async (url, init) => {
      if (isUsersList(url) && ++usersPages > 1) controller.abort();
      return bed.sandboxFetch(url, init);
    };
    await expect(runSyncPass(bed.env({ fetch: dying }), { signal: controller.signal })).rejects.toThrow();
    const pass = await bed.repo.get('syncState', 'pass');
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000).toISOString();
    await bed.repo.putMany('syncState', [{ ...pass, job: 'pass', passStartedAt: twoHoursAgo, updatedAt: twoHoursAgo }]);
    const cursor = (await bed.repo.get('syncState', 'hubspot:users'))?.cursor;
    const ownersBefore = bed.requests('/crm/v3/owners').length;
    const usersBefore = bed.requests('/settings/v3/users/').filter((r) => r.path === '/settings/v3/users/').length;

    expect((await runSyncPass(bed.env())).status?.state).toBe('idle');
    expect(bed.requests('/crm/v3/owners').length).toBeGreaterThan(ownersBefore);
    const usersAfter = bed.requests('/settings/v3/users/').filter((r) => r.path === '/settings/v3/users/').slice(usersBefore);
    expect(new URLSearchParams(usersAfter[0]?.query).get('after')).toBe(cursor);
    expect(await bed.repo.getAll('crmUsers')).toHaveLength(bed.sandbox.world.scenario.users.length);
  });
});
