import { describe, expect, it } from 'vitest';
import { acquireLease } from '../../lib/sync/lease';
import { runSyncPass } from '../../lib/sync/pass';
import { testBed, until } from './helpers';

const usersListRequests = (bed: ReturnType<typeof testBed>) => bed.requests('/settings/v3/users/').filter((r) => r.path === '/settings/v3/users/');

describe('single flight', () => {
  it('two concurrent triggers run one pass', async () => {
    const bed = testBed();
    const [a, b] = await Promise.all([runSyncPass(bed.env()), runSyncPass(bed.env())]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
    const listed = bed.sandbox.world.scenario.users.filter((user) => user.status !== 'removed').length;
    expect(usersListRequests(bed)).toHaveLength(Math.ceil(listed / 10));
    expect(bed.requests('/settings/v3/users/roles')).toHaveLength(1);
    // The lease is released at the end: the next trigger runs.
    expect((await runSyncPass(bed.env())).ran).toBe(true);
  });

  it('a live lease held by another run (another context) blocks; an expired one (a dead worker) does not', async () => {
    const bed = testBed();
    expect(await acquireLease(bed.access, 'other-worker', 60_000)).toBe(true);
    expect((await runSyncPass(bed.env())).ran).toBe(false);
    expect(bed.sandbox.world.requests).toEqual([]);

    await bed.repo.setMeta('syncLease', { holder: 'dead-worker', expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect((await runSyncPass(bed.env())).ran).toBe(true);
    expect(await bed.repo.getMeta('syncLease')).toBeUndefined();
  });

  it('a run whose lease was taken over stops before writing its next page', async () => {
    const bed = testBed();
    let usersPages = 0;
    const env = bed.env({
      fetch: async (url, init) => {
        // While page 2 is in flight (asked for while page 1 is written), once page 1 is stored,
        // this run is presumed dead and another one takes over.
        if (new URL(url).pathname === '/settings/v3/users/' && ++usersPages === 2) {
          await until(async () => (await bed.repo.getAll('crmUsers')).length === 10);
          await bed.repo.setMeta('syncLease', { holder: 'successor', expiresAt: new Date(Date.now() + 60_000).toISOString() });
        }
        return bed.sandboxFetch(url, init);
      },
    });
    await expect(runSyncPass(env)).rejects.toMatchObject({ name: 'SyncLeaseLostError' });
    expect(await bed.repo.getAll('crmUsers')).toHaveLength(10);
    // The successor's lease is untouched.
    expect((await bed.repo.getMeta('syncLease'))?.holder).toBe('successor');
  });
});
