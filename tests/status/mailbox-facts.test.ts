import { describe, expect, it } from 'vitest';
import type { Observation, ProviderGrant } from '../../lib/model';
import { grantStateFrom, verdictOf } from '../../lib/status/mailbox-facts';

const mailbox = { address: 'anna@nordlicht.example', provider: 'google' as const, kind: 'personal' as const, firstSeenAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z' };
const crmSeen = (state: string, at: string, error?: string): Observation => ({
  kind: 'crm-personal-inbox', address: mailbox.address, host: 'app.hubspot.com', path: '/settings/1/user-preferences/email',
  value: { state, ...(error ? { error } : {}) }, observedAt: at,
});
const grantSeen = (present: boolean, at: string): Observation => ({
  kind: 'provider-grant', address: mailbox.address, host: 'myaccount.google.com', path: '/connections', value: { present, app: 'HubSpot' }, observedAt: at,
});
const adminGrant = (state: 'present' | 'absent', at: string): ProviderGrant => ({
  key: `google:${mailbox.address}:hubspot`, address: mailbox.address, provider: 'google', state, app: 'HubSpot', scopes: [], evidence: { source: 'admin-api', at },
});

describe('verdictOf', () => {
  it('is unknown until HubSpot’s page was seen', () => {
    expect(verdictOf({ mailbox, observations: [], channelAccounts: [], grants: [] }).status).toBe('unknown');
  });

  it('uses the newest observation of the CRM side', () => {
    const observations = [crmSeen('connected', '2026-11-01T10:00:00Z'), crmSeen('disabled', '2026-11-02T10:00:00Z')];
    const verdict = verdictOf({ mailbox, observations, channelAccounts: [], grants: [] });
    expect(verdict).toEqual({ status: 'half-unlinked', kind: 'personal', checkedAt: '2026-11-02T10:00:00Z' });
  });

  it('is not linked once the consent page no longer lists HubSpot', () => {
    const observations = [crmSeen('removed', '2026-11-02T10:00:00Z'), grantSeen(false, '2026-11-03T10:00:00Z')];
    expect(verdictOf({ mailbox, observations, channelAccounts: [], grants: [] }).status).toBe('not-linked');
  });

  it('is broken when HubSpot shows an error', () => {
    const observations = [crmSeen('connected', '2026-11-02T10:00:00Z', 'access-revoked')];
    expect(verdictOf({ mailbox, observations, channelAccounts: [], grants: [] }).status).toBe('broken');
  });

  it('treats a mailbox with a channel account as a team inbox', () => {
    const account = { id: '5', channelId: '1002', inboxId: '1', name: 'Support', address: mailbox.address, active: true, authorized: false, archived: false, createdAt: '2026-01-01T00:00:00Z', syncedAt: '2026-11-04T00:00:00Z' };
    expect(verdictOf({ mailbox, observations: [], channelAccounts: [account], grants: [] })).toMatchObject({ status: 'broken', kind: 'team' });
  });
});

describe('grantStateFrom', () => {
  it('takes the newest evidence from the admin API and the consent page', () => {
    expect(grantStateFrom([adminGrant('present', '2026-11-01T00:00:00Z')], [grantSeen(false, '2026-11-02T00:00:00Z')]).state).toBe('absent');
    expect(grantStateFrom([adminGrant('absent', '2026-11-03T00:00:00Z')], [grantSeen(true, '2026-11-02T00:00:00Z')]).state).toBe('absent');
    expect(grantStateFrom([], []).state).toBe('unknown');
  });
});

describe('provider from HubSpot’s row', () => {
  it('an IMAP inbox seen only on HubSpot’s page, removed there, is not linked (no grant applies)', () => {
    const imap = { ...mailbox, provider: 'unknown' as const };
    const observations = [{ ...crmSeen('removed', '2026-11-02T10:00:00Z'), value: { state: 'removed', provider: 'imap' } }];
    expect(verdictOf({ mailbox: imap, observations, channelAccounts: [], grants: [] }).status).toBe('not-linked');
  });

  it('an IMAP inbox open in Outlook on the web follows HubSpot’s row, not the mail host: disabled there, it is not linked', () => {
    // The signed-in report on outlook.office.com recorded the host's provider on the mailbox.
    const openInOutlook = { ...mailbox, provider: 'microsoft365' as const };
    const disabled = { ...crmSeen('disabled', '2026-11-02T10:00:00Z'), value: { state: 'disabled', provider: 'imap' } };
    expect(verdictOf({ mailbox: openInOutlook, observations: [disabled], channelAccounts: [], grants: [] }).status).toBe('not-linked');
    // Without HubSpot's word on the provider, the mail host's stands: the grant is not verified gone.
    const noProvider = crmSeen('disabled', '2026-11-02T10:00:00Z');
    expect(verdictOf({ mailbox: openInOutlook, observations: [noProvider], channelAccounts: [], grants: [] }).status).toBe('half-unlinked');
  });
});
