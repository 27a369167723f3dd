import { describe, expect, it, vi } from 'vitest';
import type { InlineKeyStoreName, StoreName } from '../../lib/store/db-types';
import { STORE_NAMES } from '../../lib/store/schema';
import { freshRepo, sampleRecords } from './fixtures';

const HUBSPOT_DATA: StoreName[] = [
  'crmUsers',
  'owners',
  'teams',
  'roles',
  'inboxes',
  'channelAccounts',
  'findings',
  'syncState',
  'historyEvents',
  'historySources',
  'syncRuns',
  'statusSnapshots',
];

async function fillEveryStore({ repo, changes }: Pick<ReturnType<typeof freshRepo>, 'repo' | 'changes'>) {
  for (const name of Object.keys(sampleRecords) as InlineKeyStoreName[]) {
    await repo.putMany(name, [sampleRecords[name]] as never);
  }
  // The fill's own change events go out before a test starts listening: the hub delivers in
  // order, so once the last write's event ('meta') has arrived, every earlier one has too.
  const lastDelivered = new Promise<void>((resolve) => {
    const off = changes.subscribe(['meta'], () => {
      off();
      resolve();
    });
  });
  await repo.setMeta('settings', { locale: 'de' });
  await lastDelivered;
}

async function counts(repo: ReturnType<typeof freshRepo>['repo']) {
  const result: Partial<Record<StoreName, number>> = {};
  for (const name of STORE_NAMES) result[name] = (await repo.getAll(name)).length;
  return result;
}

describe('clear policies', () => {
  it('sign-out empties every store but the audit log', async () => {
    const { repo, changes } = freshRepo();
    await fillEveryStore({ repo, changes });
    expect(Object.values(await counts(repo)).every((count) => count === 1)).toBe(true);
    const listener = vi.fn();
    changes.subscribe('all', listener);

    const cleared = await repo.clearByPolicy('sign-out');

    expect(cleared.sort()).toEqual(STORE_NAMES.filter((name) => name !== 'audit').sort());
    const after = await counts(repo);
    for (const name of STORE_NAMES) expect(after[name], name).toBe(name === 'audit' ? 1 : 0);
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    expect([...(listener.mock.calls[0]?.[0] as StoreName[])].sort()).toEqual([...cleared].sort());
    changes.close();
  });

  it('hubspot-disconnect empties only what was read with the HubSpot token', async () => {
    const { repo, changes } = freshRepo();
    await fillEveryStore({ repo, changes });

    const cleared = await repo.clearByPolicy('hubspot-disconnect');

    expect([...cleared].sort()).toEqual([...HUBSPOT_DATA].sort());
    const after = await counts(repo);
    for (const name of STORE_NAMES) expect(after[name], name).toBe(HUBSPOT_DATA.includes(name) ? 0 : 1);
    // The HubSpot token itself is removed by id; other tokens stay.
    expect(await repo.get('credentials', 'hubspot')).toBeDefined();
    changes.close();
  });
});
