import { describe, expect, it } from 'vitest';
import { createProgressTracker } from '../../lib/sync/progress';
import { runSyncPass } from '../../lib/sync/pass';
import type { SyncProgress } from '../../lib/sync/status';
import { testBed } from './helpers';

describe('progress', () => {
  it('writes at most every N pages or 250 ms, summing the jobs of a resource', async () => {
    const bed = testBed();
    let clock = 0;
    const tracker = createProgressTracker('P', undefined, { everyPages: 3, everyMs: 250, clock: () => clock });
    const flush = (force = false) => bed.access.write(['meta'], (tx) => tracker.flushIn(tx, 'now', force));

    tracker.record('owners', 'hubspot:owners:active', 10);
    expect(await flush()).toBe(false);
    tracker.record('owners', 'hubspot:owners:active', 20);
    tracker.record('owners', 'hubspot:owners:archived', 3);
    expect(await flush()).toBe(true);
    expect((await bed.repo.getMeta('syncProgress'))?.resources).toEqual({ owners: { done: 23 } });

    tracker.record('channelAccounts', 'hubspot:channel-accounts', 2, 5);
    expect(await flush()).toBe(false);
    clock = 300;
    expect(await flush()).toBe(true);
    expect((await bed.repo.getMeta('syncProgress'))?.resources.channelAccounts).toEqual({ done: 2, total: 5 });
  });

  it('a resumed pass carries on from the saved counts; a new pass starts from zero', () => {
    const saved: SyncProgress = {
      passStartedAt: 'P',
      jobs: { 'hubspot:users': { resource: 'users', done: 20 } },
      resources: { users: { done: 20 } },
      updatedAt: 'x',
    };
    expect(createProgressTracker('P', saved).snapshot()).toEqual({ users: { done: 20 } });
    expect(createProgressTracker('Q', saved).snapshot()).toEqual({});
  });

  it('grows page by page during a pass (every page with everyPages 1)', async () => {
    const bed = testBed();
    const seen: number[] = [];
    const env = bed.env({ progress: { everyPages: 1 } });
    // Record every users count written while the pass runs.
    const original = env.access.write.bind(env.access);
    env.access = {
      ...env.access,
      write: async (stores, work) => {
        const result = await original(stores, work);
        const progress = await bed.repo.getMeta('syncProgress');
        const done = progress?.resources.users?.done;
        if (done !== undefined && seen.at(-1) !== done) seen.push(done);
        return result;
      },
    };
    await runSyncPass(env);
    const listed = bed.sandbox.world.scenario.users.filter((user) => user.status !== 'removed').length;
    const expected = Array.from({ length: Math.ceil(listed / 10) }, (_, page) => Math.min(listed, (page + 1) * 10));
    expect(seen).toEqual(expected);
  });
});
