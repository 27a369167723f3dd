import { describe, expect, it } from 'vitest';
import { IDLE_AFTER_DAYS, gmailIdle } from '../../../lib/history/rules/gmail-idle';
import { channel, crmRow, mailbox } from '../../diagnose/fixtures';
import { NOW, daysAgo, history, source, tokenEvent } from '../fixtures';

const ADDRESS = 'jonas@nordlicht.example';
const readable = [source('google-token-audit', 'admin@nordlicht.example')];
const connected = { mailbox: mailbox(ADDRESS, 'google'), observations: [crmRow(ADDRESS, 'connected', daysAgo(1))] };

describe('gmail-idle', () => {
  it('holds when HubSpot shows the mailbox connected and its last Gmail activity is 90 days old', () => {
    const last = tokenEvent(ADDRESS, 'activity', daysAgo(90));
    const verdict = gmailIdle.run(history(ADDRESS, { facts: connected, events: [tokenEvent(ADDRESS, 'activity', daysAgo(120)), last, tokenEvent(ADDRESS, 'authorize', daysAgo(170))], sources: readable }), NOW);
    expect(verdict).toMatchObject({ code: 'gmail-idle', at: last.at, dates: { date: last.at }, params: { days: 90 }, fix: { kind: 'reconnect', provider: 'google' }, evidence: [last.id] });
  });

  it('holds for a live team channel too, and says "not in 180 days" when the log has no activity at all', () => {
    const team = channel(ADDRESS);
    const verdict = gmailIdle.run(history(ADDRESS, { facts: { mailbox: mailbox(ADDRESS, 'google', 'team'), channelAccounts: [team] }, sources: readable }), NOW);
    expect(verdict).toMatchObject({ variant: 'never', dates: { seen: team.syncedAt } });
  });

  it('does not hold with recent activity, a Calendar-only use aside, while HubSpot does not show it connected, when the log could not be read, or after a revoke', () => {
    const recent = tokenEvent(ADDRESS, 'activity', daysAgo(IDLE_AFTER_DAYS - 1));
    expect(gmailIdle.run(history(ADDRESS, { facts: connected, events: [recent], sources: readable }), NOW)).toBeUndefined();
    const calendarOnly = tokenEvent(ADDRESS, 'activity', daysAgo(1), { detail: { product: 'CALENDAR' } });
    expect(gmailIdle.run(history(ADDRESS, { facts: connected, events: [calendarOnly], sources: readable }), NOW)).toMatchObject({ variant: 'never' });
    expect(gmailIdle.run(history(ADDRESS, { facts: { ...connected, observations: [crmRow(ADDRESS, 'disabled')] }, events: [], sources: readable }), NOW)).toBeUndefined();
    expect(gmailIdle.run(history(ADDRESS, { facts: connected, sources: [source('google-token-audit', 'admin@nordlicht.example', { state: 'needs-role', role: 'google-reports' })] }), NOW)).toBeUndefined();
    expect(gmailIdle.run(history(ADDRESS, { facts: connected, sources: [] }), NOW)).toBeUndefined();
    expect(gmailIdle.run(history(ADDRESS, { facts: connected, events: [tokenEvent(ADDRESS, 'revoke', daysAgo(30))], sources: readable }), NOW)).toBeUndefined();
  });
});
