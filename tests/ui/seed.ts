/** A small world in the context's IndexedDB (fake-indexeddb), written as the background would. */
import type { ChannelAccount, CrmUser, Finding, Mailbox, Observation, ProviderGrant } from '../../lib/model';
import { repo } from '../../lib/store/repo';

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

/** A display name carrying markup, as a hostile scenario could: it must render as text. */
export const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Mallory';

export const ADA = 'ada@example.com';
export const BOB = 'bob@example.com';
export const SUPPORT = 'support@example.com';
export const IMAP = 'it@old.example';

export async function seedWorld(): Promise<void> {
  const mailboxes: Mailbox[] = [
    { address: ADA, provider: 'google', kind: 'personal', userId: '11', displayName: 'Ada Lovelace', portalId: 4480123, firstSeenAt: minutesAgo(90), updatedAt: minutesAgo(5) },
    { address: BOB, provider: 'microsoft365', kind: 'personal', displayName: HOSTILE_NAME, firstSeenAt: minutesAgo(90), updatedAt: minutesAgo(10) },
    { address: SUPPORT, provider: 'google', kind: 'team', firstSeenAt: minutesAgo(90), updatedAt: minutesAgo(20) },
    { address: IMAP, provider: 'imap', kind: 'personal', firstSeenAt: minutesAgo(90), updatedAt: minutesAgo(30) },
  ];
  const observations: Omit<Observation, 'id'>[] = [
    // Ada: disabled in HubSpot while Google still grants access → half-unlinked.
    { kind: 'crm-personal-inbox', address: ADA, host: 'app.hubspot.com', path: '/settings/4480123/user-preferences/email', value: { state: 'connected', portalId: 4480123 }, observedAt: minutesAgo(60) },
    { kind: 'crm-personal-inbox', address: ADA, host: 'app.hubspot.com', path: '/settings/4480123/user-preferences/email', value: { state: 'disabled', portalId: 4480123 }, observedAt: minutesAgo(3) },
    { kind: 'signed-in-address', address: ADA, host: 'mail.google.com', path: '/mail/u/0/', value: { provider: 'google' }, observedAt: minutesAgo(5) },
    // Bob: connected, but Microsoft shows no grant any more → broken.
    { kind: 'crm-personal-inbox', address: BOB, host: 'app.hubspot.com', path: '/settings/4480123/user-preferences/email', value: { state: 'connected' }, observedAt: minutesAgo(8) },
    { kind: 'provider-grant', address: BOB, host: 'myapps.microsoft.com', path: '/', value: { present: false, app: 'HubSpot Sales' }, observedAt: minutesAgo(7) },
  ];
  const grants: ProviderGrant[] = [
    { key: `google:${ADA}:hubspot`, address: ADA, provider: 'google', state: 'present', app: 'HubSpot', clientId: 'hubspot-client', scopes: ['https://mail.google.com/'], evidence: { source: 'admin-api', at: minutesAgo(4) } },
  ];
  const channelAccounts: ChannelAccount[] = [
    { id: 'c1', channelId: '1002', inboxId: '147001', name: 'Support <b>desk</b>', address: SUPPORT, active: true, authorized: true, archived: false, createdAt: minutesAgo(900), syncedAt: minutesAgo(2) },
  ];
  const users: CrmUser[] = [
    { id: '11', email: ADA, firstName: 'Ada', lastName: 'Lovelace', roleIds: [], secondaryTeamIds: [], superAdmin: false, status: 'active', syncedAt: minutesAgo(2) },
    { id: '12', email: BOB, firstName: 'Bob', lastName: 'Builder', roleIds: [], secondaryTeamIds: [], superAdmin: false, status: 'active', syncedAt: minutesAgo(2) },
  ];
  const findings: Finding[] = [
    { id: `grant-left-behind:${ADA}`, code: 'grant-left-behind', severity: 'warning', subject: ADA, evidence: [], foundAt: minutesAgo(1) },
  ];
  for (const mailbox of mailboxes) await repo.upsertMailbox(mailbox);
  for (const observation of observations) await repo.addObservation(observation);
  await repo.putMany('grants', grants);
  await repo.putMany('channelAccounts', channelAccounts);
  await repo.putMany('crmUsers', users);
  await repo.putMany('findings', findings);
}

export async function clearWorld(): Promise<void> {
  await repo.clearByPolicy('sign-out');
}
