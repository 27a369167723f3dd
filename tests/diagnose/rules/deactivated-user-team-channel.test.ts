import { describe, expect, it } from 'vitest';
import { deactivatedUserTeamChannel } from '../../../lib/diagnose/rules/deactivated-user-team-channel';
import { channel, NOW, snapshot, user } from '../fixtures';

describe('deactivated-user-team-channel', () => {
  it('a live team channel on a deactivated user’s address', () => {
    const lena = user('lena@nordlicht.example', 'deactivated', { id: '51200999' });
    const account = channel(lena.email, { id: '908777' });
    const [finding] = deactivatedUserTeamChannel.run(snapshot({ crmUsers: [lena], channelAccounts: [account] }), NOW);
    expect(finding).toMatchObject({ id: `deactivated-user-team-channel:${lena.email}`, severity: 'warning', planFlow: 'delete-team-channel' });
    expect(finding?.evidence).toEqual([
      'user:51200999:deactivated@api.hubapi.com/settings/v3/users/51200999:2026-11-20T10:00:00.000Z',
      'channel:908777:active=true:authorized=true:archived=false@api.hubapi.com/conversations/v3/conversations/channel-accounts/908777:2026-11-20T10:00:00.000Z',
    ]);
  });

  it('a removed user’s address still on a channel counts too', () => {
    const world = snapshot({ crmUsers: [user('paula@nordlicht.example', 'removed')], channelAccounts: [channel('paula@nordlicht.example', { authorized: false })] });
    expect(deactivatedUserTeamChannel.run(world, NOW)).toHaveLength(1);
  });

  it('is silent for active users, archived or gone channels, and shared addresses of no user', () => {
    const worlds = [
      snapshot({ crmUsers: [user('a@x.example')], channelAccounts: [channel('a@x.example')] }),
      snapshot({ crmUsers: [user('b@x.example', 'deactivated')], channelAccounts: [channel('b@x.example', { archived: true })] }),
      snapshot({ crmUsers: [user('c@x.example', 'deactivated')], channelAccounts: [channel('c@x.example', { goneAt: NOW })] }),
      snapshot({ crmUsers: [user('d@x.example', 'deactivated')], channelAccounts: [channel('support@x.example')] }),
    ];
    for (const world of worlds) expect(deactivatedUserTeamChannel.run(world, NOW)).toEqual([]);
  });
});
