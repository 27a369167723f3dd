import { describe, expect, it } from 'vitest';
import { runSyncPass } from '../../lib/sync/pass';
import { testBed } from './helpers';

describe('a full pass marks what it did not see as gone', () => {
  it('stamps goneAt (and removed for users) instead of deleting, and reflects status changes', async () => {
    const bed = testBed();
    await runSyncPass(bed.env());
    const scenario = bed.sandbox.world.scenario;
    const [vanished, deactivated, removed] = scenario.users.filter((user) => (user.status ?? 'active') === 'active' && !user.superAdmin);
    if (!vanished || !deactivated || !removed) throw new Error('demo scenario needs three plain active users');
    scenario.users = scenario.users.filter((user) => user.id !== vanished.id);
    deactivated.status = 'deactivated';
    removed.status = 'removed';
    const team = scenario.teams?.pop();
    const channel = scenario.teamChannels?.pop();

    const second = await runSyncPass(bed.env());
    expect(second.status?.state).toBe('idle');

    const gone = await bed.repo.get('crmUsers', vanished.id);
    expect(gone).toMatchObject({ status: 'removed', email: vanished.email.toLowerCase() });
    expect(gone?.goneAt).toBeDefined();
    expect(await bed.repo.get('crmUsers', deactivated.id)).toMatchObject({ status: 'deactivated' });
    const removedUser = await bed.repo.get('crmUsers', removed.id);
    expect(removedUser).toMatchObject({ status: 'removed' });
    // Removed users are still known (as archived owners): not gone, just removed.
    expect(removedUser?.goneAt).toBeUndefined();

    const teams = await bed.repo.getAll('teams');
    expect(teams.find((t) => t.id === team?.id)).toHaveProperty('goneAt');
    expect(teams.filter((t) => 'goneAt' in t)).toHaveLength(1);
    const account = await bed.repo.get('channelAccounts', channel?.id ?? '');
    expect(account?.goneAt).toBeDefined();
    // Nothing else was judged gone.
    expect((await bed.repo.getAll('crmUsers')).filter((user) => user.goneAt).map((user) => user.id)).toEqual([vanished.id]);
    const owners = await bed.repo.getAll('owners');
    // The deactivated user's live owner was swept by the live-owners job and written anew as archived.
    const deactivatedOwner = owners.find((owner) => owner.userIdIncludingInactive === Number(deactivated.id));
    expect(deactivatedOwner).toMatchObject({ archived: true });
    expect(deactivatedOwner?.goneAt).toBeUndefined();
  });

  it('does not sweep after an incomplete pass', async () => {
    const bed = testBed();
    await runSyncPass(bed.env());
    const scenario = bed.sandbox.world.scenario;
    scenario.users = scenario.users.slice(1);
    scenario.faults = { failOn: [{ host: 'api.hubapi.com', path: '/settings/v3/users/', status: 503 }] };
    const stopped = await runSyncPass(bed.env());
    expect(stopped.status?.state).toBe('backing-off');
    expect((await bed.repo.getAll('crmUsers')).filter((user) => user.goneAt)).toEqual([]);
  });
});
