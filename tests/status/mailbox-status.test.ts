import { describe, expect, it } from 'vitest';
import { linkStatus, needsAttention, type CrmSideSummary, type StatusInput } from '../../lib/status/mailbox-status';
import { personalCrmSide, teamCrmSide } from '../../lib/status/crm-side';
import type { ChannelAccount } from '../../lib/model';

const connectedOk: CrmSideSummary = { seen: true, connected: true, healthy: true };
const connectedBad: CrmSideSummary = { seen: true, connected: true, healthy: false };
const off: CrmSideSummary = { seen: true, connected: false };

// Every row of the status table in the inbox issue, one case each.
const rows: [string, StatusInput, string][] = [
  ['healthy, grant present', { provider: 'google', crm: connectedOk, grant: 'present' }, 'linked'],
  ['healthy, grant not verified', { provider: 'microsoft365', crm: connectedOk, grant: 'unknown' }, 'linked'],
  ['healthy IMAP', { provider: 'imap', crm: connectedOk, grant: 'unknown' }, 'linked'],
  ['connected with an error', { provider: 'google', crm: connectedBad, grant: 'present' }, 'broken'],
  ['connected but grant gone', { provider: 'outlook', crm: connectedOk, grant: 'absent' }, 'broken'],
  ['disabled, grant present', { provider: 'google', crm: off, grant: 'present' }, 'half-unlinked'],
  ['disabled, grant not verified gone', { provider: 'microsoft365', crm: off, grant: 'unknown' }, 'half-unlinked'],
  ['removed, grant gone', { provider: 'google', crm: off, grant: 'absent' }, 'not-linked'],
  ['removed IMAP: no grant applies', { provider: 'imap', crm: off, grant: 'unknown' }, 'not-linked'],
  ['never seen in HubSpot', { provider: 'google', crm: { seen: false }, grant: 'present' }, 'unknown'],
];

describe('linkStatus', () => {
  it.each(rows)('%s', (_name, input, expected) => {
    expect(linkStatus(input)).toBe(expected);
  });

  it('counts only broken and half-unlinked as needing attention', () => {
    expect(['linked', 'broken', 'half-unlinked', 'not-linked', 'unknown'].filter((s) => needsAttention(s as never)))
      .toEqual(['broken', 'half-unlinked']);
  });
});

describe('CRM side summaries', () => {
  const at = { source: 'observed' as const, at: '2026-11-01T00:00:00Z' };
  it('personal: connected with error is unhealthy; disabled is not connected; unknown is unseen', () => {
    expect(personalCrmSide({ address: 'a@x', state: 'connected', error: 'access-revoked', evidence: at }))
      .toEqual(connectedBad);
    expect(personalCrmSide({ address: 'a@x', state: 'disabled', evidence: at })).toEqual(off);
    expect(personalCrmSide(undefined)).toEqual({ seen: false });
  });

  const account: ChannelAccount = {
    id: '1', channelId: '1002', inboxId: '9', name: 'Support', address: 'support@x', active: true,
    authorized: true, archived: false, createdAt: '2026-01-01T00:00:00Z', syncedAt: '2026-11-01T00:00:00Z',
  };
  it('team: unauthorized or inactive is unhealthy; archived or gone is not connected', () => {
    expect(teamCrmSide(account)).toEqual(connectedOk);
    expect(teamCrmSide({ ...account, authorized: false })).toEqual(connectedBad);
    expect(teamCrmSide({ ...account, active: false })).toEqual(connectedBad);
    expect(teamCrmSide({ ...account, archived: true })).toEqual(off);
    expect(teamCrmSide({ ...account, goneAt: '2026-11-02T00:00:00Z' })).toEqual(off);
  });
});
