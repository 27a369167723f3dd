import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../lib/history/timeline';
import { sourceLines } from '../../lib/history/sources';
import { channel, crmRow, grant, mailbox, user } from '../diagnose/fixtures';
import { NOW, daysAgo, history, hubspotEvent, run, signIn, source, tokenEvent } from './fixtures';

const GOOGLE = 'ida@nordlicht.example';

describe('the timeline', () => {
  it('puts every fact of both sides and our own syncs in time order, newest first, each with its side and how we know it', () => {
    const h = history(GOOGLE, {
      facts: {
        mailbox: mailbox(GOOGLE, 'google'),
        observations: [crmRow(GOOGLE, 'connected', daysAgo(2), { error: 'Access revoked' })],
        grants: [grant(GOOGLE, 'google', 'absent', daysAgo(1))],
        users: [user(GOOGLE)],
      },
      events: [tokenEvent(GOOGLE, 'authorize', daysAgo(200)), tokenEvent(GOOGLE, 'activity', daysAgo(8)), tokenEvent(GOOGLE, 'revoke', daysAgo(6)), hubspotEvent(GOOGLE, 'login', daysAgo(3), { result: 'success' })],
      runs: [run(daysAgo(0.5)), run(daysAgo(4), [{ job: 'hubspot:users', kind: 'retry-later', status: 503, correlationId: 'corr-123', message: 'ServerError: busy' }])],
    });
    const entries = buildTimeline(h);
    const times = entries.map((entry) => entry.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(entries.map((entry) => `${entry.side}:${entry.kind}:${entry.how}`)).toEqual([
      'inboxlink:sync-ok:own-sync',
      'google:grant-absent:admin-api',
      'hubspot:crm-connected-error:observed',
      'hubspot:user-active:api',
      'hubspot:hubspot-login:account-activity',
      'inboxlink:sync-problem:own-sync',
      'google:google-revoke:token-audit',
      'google:google-activity:token-audit',
      'google:google-authorize:token-audit',
    ]);
    expect(entries.find((entry) => entry.kind === 'crm-connected-error')).toMatchObject({ params: { error: 'Access revoked' }, where: 'app.hubspot.com/settings/4480123/user-preferences/email', tone: 'problem' });
    expect(entries.find((entry) => entry.kind === 'sync-problem')).toMatchObject({ correlationIds: ['corr-123'], params: { count: 1, jobs: 'hubspot:users' } });
  });

  it('shows a team channel’s life from the API and sign-in failures with their code', () => {
    const address = 'support@contoso.example';
    const entries = buildTimeline(history(address, {
      facts: { mailbox: mailbox(address, 'microsoft365', 'team'), channelAccounts: [channel(address, { name: 'Support', authorized: false })] },
      events: [signIn(address, daysAgo(2), '50173', { failureReason: 'grant expired' })],
    }));
    expect(entries.map((entry) => entry.kind)).toEqual(['microsoft-sign-in-failed', 'channel-unauthorized', 'channel-created']);
    expect(entries[0]).toMatchObject({ how: 'sign-in-log-beta', params: { code: '50173', reason: 'grant expired' } });
  });
});

describe('what each source could tell', () => {
  it('names the missing scope, role or licence, and never leaves a source unsaid', () => {
    const address = 'tomas@fabrikam.example';
    const lines = sourceLines(history(address, {
      facts: { mailbox: mailbox(address, 'microsoft365') },
      sources: [
        source('microsoft-sign-ins', 'admin@fabrikam.example', { state: 'needs-licence', licence: 'entra-id-p1', errorCode: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant' }),
        source('hubspot-audit-log', 'hubspot', { state: 'needs-scope', scopes: ['account-info.security.read'] }),
      ],
    }));
    expect(lines.map((line) => `${line.source}:${line.state}`)).toEqual([
      'hubspot-pages:none-found', 'hubspot-api:none-found', 'hubspot-audit-log:needs-scope', 'hubspot-logins:not-read-yet', 'hubspot-security:not-read-yet',
      'provider-grants:none-found', 'microsoft-sign-ins:needs-licence', 'own-sync:none-found',
    ]);
    expect(lines.find((line) => line.source === 'microsoft-sign-ins')).toMatchObject({ account: 'admin@fabrikam.example', licence: 'entra-id-p1' });
  });

  it('takes the admin of the mailbox’s domain, says "not signed in" without one, and knows consumer and IMAP mailboxes have no admin log', () => {
    const covered = sourceLines(history(GOOGLE, { facts: { mailbox: mailbox(GOOGLE, 'google') }, events: [tokenEvent(GOOGLE, 'activity', daysAgo(1))], sources: [source('google-token-audit', 'admin@elsewhere.example', { state: 'needs-role' }), source('google-token-audit', 'admin@nordlicht.example')] }));
    expect(covered.find((line) => line.source === 'google-token-audit')).toMatchObject({ state: 'read', count: 1, account: 'admin@nordlicht.example' });
    const none = sourceLines(history(GOOGLE, { facts: { mailbox: mailbox(GOOGLE, 'google') } }));
    expect(none.find((line) => line.source === 'google-token-audit')?.state).toBe('not-signed-in');
    expect(sourceLines(history('kim@gmail.com', { facts: { mailbox: mailbox('kim@gmail.com', 'google') } })).find((line) => line.source === 'google-token-audit')?.state).toBe('consumer-account');
    expect(sourceLines(history('kim@outlook.com', { facts: { mailbox: mailbox('kim@outlook.com', 'outlook') } })).find((line) => line.source === 'microsoft-sign-ins')?.state).toBe('consumer-account');
    expect(sourceLines(history('kim@imap.example', { facts: { mailbox: mailbox('kim@imap.example', 'imap') } })).find((line) => line.side === 'provider')?.state).toBe('no-provider-log');
  });

  it('finds the Entra admin whose grants read listed the mailbox when the domains differ', () => {
    const address = 'ann@contoso-sales.example';
    const g = { ...grant(address, 'microsoft365'), evidence: { source: 'admin-api' as const, at: NOW, where: 'graph.microsoft.com/v1.0/oauth2PermissionGrants (as ada@contoso.example)' } };
    const lines = sourceLines(history(address, { facts: { mailbox: mailbox(address, 'microsoft365'), grants: [g] }, sources: [source('microsoft-sign-ins', 'ada@contoso.example')] }));
    expect(lines.find((line) => line.source === 'microsoft-sign-ins')).toMatchObject({ state: 'none-found', account: 'ada@contoso.example' });
  });
});
