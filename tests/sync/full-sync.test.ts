import { describe, expect, it } from 'vitest';
import { runSyncPass } from '../../lib/sync/pass';
import { demoScenario, testBed } from './helpers';

describe('a full sync against the sandbox (demo.json)', () => {
  it('stores exactly the sandbox world', async () => {
    const bed = testBed();
    const result = await runSyncPass(bed.env());
    expect(result.ran).toBe(true);
    expect(result.status?.state).toBe('idle');
    const scenario = bed.sandbox.world.scenario;

    const users = await bed.repo.getAll('crmUsers');
    const expectedUsers = scenario.users.map((user) => [user.id, user.email.toLowerCase(), user.status ?? 'active']).sort();
    expect(users.map((user) => [user.id, user.email, user.status]).sort()).toEqual(expectedUsers);
    expect(users.filter((user) => user.goneAt)).toEqual([]);

    const owners = await bed.repo.getAll('owners');
    expect(owners).toHaveLength(scenario.users.length);
    const archivedEmails = owners.filter((owner) => owner.archived).map((owner) => owner.email).sort();
    expect(archivedEmails).toEqual(scenario.users.filter((user) => (user.status ?? 'active') !== 'active').map((user) => user.email.toLowerCase()).sort());

    const teams = await bed.repo.getAll('teams');
    expect(teams.map((team) => [team.id, team.name]).sort()).toEqual((scenario.teams ?? []).map((team) => [team.id, team.name]).sort());
    const roles = await bed.repo.getAll('roles');
    expect(roles.map((role) => role.id).sort()).toEqual((scenario.roles ?? []).map((role) => role.id).sort());

    const inboxes = await bed.repo.getAll('inboxes');
    expect(inboxes.map((inbox) => [inbox.id, inbox.name, inbox.archived]).sort()).toEqual(
      (scenario.inboxes ?? []).map((inbox) => [inbox.id, inbox.name, inbox.archived ?? false]).sort(),
    );
    const accounts = await bed.repo.getAll('channelAccounts');
    expect(accounts.map((account) => [account.id, account.address, account.authorized, account.archived]).sort()).toEqual(
      (scenario.teamChannels ?? []).map((channel) => [channel.id, channel.address, channel.authorized ?? true, channel.archived ?? false]).sort(),
    );
    const teamMailboxes = (await bed.repo.getAll('mailboxes')).filter((mailbox) => mailbox.kind === 'team');
    expect(teamMailboxes.map((mailbox) => mailbox.address).sort()).toEqual((scenario.teamChannels ?? []).map((channel) => channel.address).sort());

    const status = await bed.repo.getMeta('syncStatus');
    expect(status?.lastCompletedAt).toBeDefined();
    const progress = await bed.repo.getMeta('syncProgress');
    expect(progress?.resources.users?.done).toBe(scenario.users.filter((user) => user.status !== 'removed').length);
    const lastSync = await bed.repo.getMeta('lastSyncAt');
    expect(Object.keys(lastSync ?? {})).toContain('hubspot:users');
  });

  it('reads users in pages of the configured size', async () => {
    const bed = testBed(demoScenario());
    await runSyncPass(bed.env());
    const listed = bed.sandbox.world.scenario.users.filter((user) => user.status !== 'removed').length;
    expect(bed.requests('/settings/v3/users/').filter((r) => !r.path.includes('roles') && !r.path.includes('teams'))).toHaveLength(Math.ceil(listed / 10));
  });
});
