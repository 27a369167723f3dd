import { describe, expect, it } from 'vitest';
import type { StoreAccess } from '../../lib/store/access';
import { runSyncPass } from '../../lib/sync/pass';
import { testBed } from './helpers';

const USERS = '/settings/v3/users/';

describe('paging overlaps the answer and the write', () => {
  it('asks for the next page while the current page is being written, and still stores every page once', async () => {
    const bed = testBed();
    let usersRequests = 0;
    let nextAsked: () => void = () => undefined;
    const secondPageAsked = new Promise<void>((resolve) => (nextAsked = resolve));
    // The first users page's write waits (bounded) until page 2 has been asked for: a runner that
    // fetches only after each write commits never gets there and this test fails on the bound.
    const access: StoreAccess = {
      ...bed.access,
      async write(stores, work) {
        if ((stores as string[]).includes('crmUsers') && usersRequests === 1) {
          await Promise.race([secondPageAsked, new Promise((_, reject) => setTimeout(() => reject(new Error('page 2 was not asked for during page 1\'s write')), 2_000))]);
        }
        return bed.access.write(stores, work);
      },
    };
    const env = bed.env({
      access,
      fetch: async (url, init) => {
        if (new URL(url).pathname === USERS && ++usersRequests === 2) nextAsked();
        return bed.sandboxFetch(url, init);
      },
    });
    const result = await runSyncPass(env);
    expect(result.status?.state, JSON.stringify(result.status)).toBe('idle');
    const scenario = bed.sandbox.world.scenario;
    expect((await bed.repo.getAll('crmUsers')).map((user) => user.id).sort()).toEqual(scenario.users.map((user) => user.id).sort());
    // One request per page of 10, none repeated.
    const pages = bed.requests(USERS).filter((request) => request.path === USERS);
    expect(new Set(pages.map((request) => request.query)).size).toBe(pages.length);
  });
});
