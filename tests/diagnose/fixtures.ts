/** Small hand-made records for rule tests: each builder gives a valid record with sensible defaults. */
import type { ChannelAccount, CrmUser, GrantProvider, GrantState, Mailbox, Observation, ProviderGrant } from '../../lib/model';
import { makeSnapshot, type DiagnoseSnapshot, type SnapshotRecords } from '../../lib/diagnose/snapshot';

export const NOW = '2026-11-22T12:00:00.000Z';
export const RECENT = '2026-11-20T10:00:00.000Z';
export const PORTAL_PAGE = { host: 'app.hubspot.com', path: '/settings/4480123/user-preferences/email' };

let nextId = 1;

export function user(email: string, status: CrmUser['status'] = 'active', extra: Partial<CrmUser> = {}): CrmUser {
  return { id: String(51200000 + nextId++), email, roleIds: [], secondaryTeamIds: [], superAdmin: false, status, syncedAt: RECENT, ...extra };
}

export function grant(address: string, provider: GrantProvider = 'google', state: GrantState = 'present', at = RECENT): ProviderGrant {
  return {
    key: `${provider}:${address}:HubSpot`,
    address,
    provider,
    state,
    app: 'HubSpot',
    scopes: state === 'present' ? ['https://mail.google.com/'] : [],
    evidence: { source: 'admin-api', at, where: `admin.googleapis.com/admin/directory/v1/users/${address}/tokens` },
  };
}

/** A row of HubSpot's Connected emails page, as the guide stores it. */
export function crmRow(address: string, state: 'connected' | 'disabled' | 'removed', at = RECENT, extra: Observation['value'] = {}): Observation {
  return { kind: 'crm-personal-inbox', address, ...PORTAL_PAGE, value: { state, portalId: '4480123', scope: 'portal:4480123', ...extra }, observedAt: at };
}

export function signedIn(address: string, host = 'mail.google.com', at = RECENT): Observation {
  return { kind: 'signed-in-address', address, host, path: '/mail/u/0/', value: { provider: 'google', via: 'account-button' }, observedAt: at };
}

export function consentPage(address: string, present: boolean, provider = 'outlook', at = RECENT): Observation {
  return { kind: 'provider-grant', address, host: 'account.live.com', path: '/consent/Manage', value: { present, app: 'HubSpot', provider, scope: address }, observedAt: at };
}

export function channel(address: string, flags: Partial<ChannelAccount> = {}): ChannelAccount {
  const id = String(908000 + nextId++);
  return { id, channelId: '1002', inboxId: '147001', name: `Channel ${id}`, address, active: true, authorized: true, archived: false, createdAt: '2024-03-01T10:00:00Z', syncedAt: RECENT, ...flags };
}

export function mailbox(address: string, provider: Mailbox['provider'], kind: Mailbox['kind'] = 'personal'): Mailbox {
  return { address, provider, kind, firstSeenAt: RECENT, updatedAt: RECENT };
}

export function snapshot(records: Partial<SnapshotRecords>): DiagnoseSnapshot {
  return makeSnapshot(records);
}
