import { describe, expect, it } from 'vitest';
import { microsoftSignInsFailing } from '../../../lib/history/rules/microsoft-sign-ins-failing';
import { mailbox } from '../../diagnose/fixtures';
import { NOW, daysAgo, history, signIn } from '../fixtures';

const ADDRESS = 'tomas@contoso.example';
const facts = { mailbox: mailbox(ADDRESS, 'microsoft365') };

describe('microsoft-sign-ins-failing', () => {
  it('dates the run of failures since the last success and names the newest code', () => {
    const first = signIn(ADDRESS, daysAgo(5), '50173');
    const newest = signIn(ADDRESS, daysAgo(1), '50173');
    const verdict = microsoftSignInsFailing.run(history(ADDRESS, { facts, events: [signIn(ADDRESS, daysAgo(6)), first, signIn(ADDRESS, daysAgo(3), '50173'), newest] }), NOW);
    expect(verdict).toMatchObject({ code: 'microsoft-sign-ins-failing', severity: 'critical', at: first.at, params: { code: '50173', count: 3 }, dates: { date: first.at, last: newest.at }, fix: { kind: 'reconnect', provider: 'microsoft365' } });
    expect(verdict?.evidence).toHaveLength(3);
  });

  it('counts every failure when there was never a success', () => {
    const verdict = microsoftSignInsFailing.run(history(ADDRESS, { facts, events: [signIn(ADDRESS, daysAgo(2), '700082'), signIn(ADDRESS, daysAgo(1), '700082')] }), NOW);
    expect(verdict).toMatchObject({ params: { code: '700082', count: 2 } });
  });

  it('does not hold once HubSpot signs in again, or with no sign-ins', () => {
    expect(microsoftSignInsFailing.run(history(ADDRESS, { facts, events: [signIn(ADDRESS, daysAgo(3), '50173'), signIn(ADDRESS, daysAgo(1))] }), NOW)).toBeUndefined();
    expect(microsoftSignInsFailing.run(history(ADDRESS, { facts }), NOW)).toBeUndefined();
  });
});
