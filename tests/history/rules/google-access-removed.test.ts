import { describe, expect, it } from 'vitest';
import { googleAccessRemoved } from '../../../lib/history/rules/google-access-removed';
import { crmRow, grant, mailbox } from '../../diagnose/fixtures';
import { NOW, daysAgo, history, source, tokenEvent } from '../fixtures';

const ADDRESS = 'ida@nordlicht.example';

describe('google-access-removed', () => {
  it('holds when the newest authorize/revoke of HubSpot’s client is a revoke; the user did it; HubSpot still shows it connected → reconnect', () => {
    const revoked = tokenEvent(ADDRESS, 'revoke', daysAgo(6));
    const verdict = googleAccessRemoved.run(history(ADDRESS, {
      facts: { mailbox: mailbox(ADDRESS, 'google'), observations: [crmRow(ADDRESS, 'connected', daysAgo(1))] },
      events: [tokenEvent(ADDRESS, 'authorize', daysAgo(300)), tokenEvent(ADDRESS, 'activity', daysAgo(7)), revoked],
      sources: [source('google-token-audit', 'admin@nordlicht.example')],
    }), NOW);
    expect(verdict).toMatchObject({ code: 'google-access-removed', variant: 'by-user', severity: 'warning', at: revoked.at, dates: { date: revoked.at }, fix: { kind: 'reconnect', provider: 'google' }, evidence: [revoked.id] });
  });

  it('names the admin when Google logged another actor, and has nothing to fix once HubSpot no longer uses the mailbox', () => {
    const verdict = googleAccessRemoved.run(history(ADDRESS, {
      facts: { observations: [crmRow(ADDRESS, 'removed', daysAgo(1))], grants: [grant(ADDRESS, 'google', 'absent')] },
      events: [tokenEvent(ADDRESS, 'revoke', daysAgo(3), { actor: 'it@nordlicht.example' })],
    }), NOW);
    expect(verdict).toMatchObject({ variant: 'by-admin', params: { actor: 'it@nordlicht.example' }, severity: 'info', fix: { kind: 'none' } });
  });

  it('does not hold after a new authorization, without a revoke, or for another address’s revoke', () => {
    expect(googleAccessRemoved.run(history(ADDRESS, { events: [tokenEvent(ADDRESS, 'revoke', daysAgo(6)), tokenEvent(ADDRESS, 'authorize', daysAgo(2))] }), NOW)).toBeUndefined();
    expect(googleAccessRemoved.run(history(ADDRESS, { events: [tokenEvent(ADDRESS, 'activity', daysAgo(2))] }), NOW)).toBeUndefined();
    expect(googleAccessRemoved.run(history(ADDRESS, { events: [tokenEvent('other@nordlicht.example', 'revoke', daysAgo(2))] }), NOW)).toBeUndefined();
  });
});
