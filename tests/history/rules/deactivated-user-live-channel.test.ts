import { describe, expect, it } from 'vitest';
import { deactivatedUserLiveChannel } from '../../../lib/history/rules/deactivated-user-live-channel';
import { channel, user } from '../../diagnose/fixtures';
import { NOW, daysAgo, history, hubspotEvent } from '../fixtures';

const ADDRESS = 'lena@nordlicht.example';

describe('deactivated-user-live-channel', () => {
  it('dates the deactivation from HubSpot’s security log and names who did it', () => {
    const live = channel(ADDRESS, { name: 'Support' });
    const deactivation = hubspotEvent(ADDRESS, 'security', daysAgo(20), { actor: 'admin@nordlicht.example', detail: { type: 'DEACTIVATE_USER' } });
    const verdict = deactivatedUserLiveChannel.run(history(ADDRESS, { facts: { users: [user(ADDRESS, 'deactivated')], channelAccounts: [live] }, events: [deactivation] }), NOW);
    expect(verdict).toMatchObject({ variant: 'deactivated-by', at: deactivation.at, params: { channel: 'Support', actor: 'admin@nordlicht.example' }, fix: { kind: 'plan', flow: 'delete-team-channel' } });
  });

  it('is undated without HubSpot’s logs, and speaks of a removed user when the user was removed', () => {
    expect(deactivatedUserLiveChannel.run(history(ADDRESS, { facts: { users: [user(ADDRESS, 'deactivated')], channelAccounts: [channel(ADDRESS)] } }), NOW)).toMatchObject({ variant: 'deactivated-undated', dates: {} });
    const removal = hubspotEvent(ADDRESS, 'security', daysAgo(2), { detail: { type: 'REMOVE_USER' } });
    expect(deactivatedUserLiveChannel.run(history(ADDRESS, { facts: { users: [user(ADDRESS, 'removed')], channelAccounts: [channel(ADDRESS)] }, events: [removal] }), NOW)).toMatchObject({ variant: 'removed' });
  });

  it('does not hold for an active user, an archived or gone channel', () => {
    expect(deactivatedUserLiveChannel.run(history(ADDRESS, { facts: { users: [user(ADDRESS)], channelAccounts: [channel(ADDRESS)] } }), NOW)).toBeUndefined();
    expect(deactivatedUserLiveChannel.run(history(ADDRESS, { facts: { users: [user(ADDRESS, 'deactivated')], channelAccounts: [channel(ADDRESS, { archived: true })] } }), NOW)).toBeUndefined();
    expect(deactivatedUserLiveChannel.run(history(ADDRESS, { facts: { users: [user(ADDRESS, 'deactivated')], channelAccounts: [channel(ADDRESS, { goneAt: daysAgo(1) })] } }), NOW)).toBeUndefined();
  });
});
