import type { Runtime } from 'webextension-polyfill';
import type { Credential } from '../../lib/store/records';
import type { Repo } from '../../lib/store/repo';
import { sampleRecords } from '../store/fixtures';

/** Router policy and senders shared by the local-data handler tests. */
export const policy = {
  extensionId: 'ebljfbiogjonacloaabckdpmccbhggdi',
  extensionOrigin: 'chrome-extension://ebljfbiogjonacloaabckdpmccbhggdi/',
  contentHosts: ['mail.google.com', 'app.hubspot.com'],
};
export const optionsPage: Runtime.MessageSender = { id: policy.extensionId, url: `${policy.extensionOrigin}options.html` };
export const gmailTab: Runtime.MessageSender = {
  id: policy.extensionId,
  url: 'https://mail.google.com/mail/u/0/#inbox',
  frameId: 0,
  tab: { id: 9, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};

/** Distinctive token strings: any of them in a reply or a file is a leak. */
export const TOKENS = {
  hubspot: 'pat-na1-HUBSPOT-SECRET-0b5e1c2d',
  googleAccess: 'ya29.GOOGLE-ACCESS-SECRET-77aa',
  microsoftAccess: 'eyJMS-ACCESS-SECRET.payload-part.signature-part',
  microsoftRefresh: 'MS-REFRESH-SECRET-4f3e2d1c',
} as const;

const savedAt = '2026-01-05T10:00:00.000Z';

export const storedCredentials: Credential[] = [
  { id: 'hubspot', provider: 'hubspot', kind: 'static-token', accessToken: TOKENS.hubspot, scopes: ['conversations.read'], portalId: 4480123, savedAt },
  { id: 'google:admin@example.com', provider: 'google', kind: 'oauth', accessToken: TOKENS.googleAccess, scopes: [], account: 'admin@example.com', savedAt },
  {
    id: 'microsoft:admin@contoso.example', provider: 'microsoft', kind: 'oauth', accessToken: TOKENS.microsoftAccess,
    refreshToken: TOKENS.microsoftRefresh, scopes: [], account: 'admin@contoso.example', savedAt,
  },
];

/** A mailbox, an observation, a plan, a CRM user, an audit entry and every kind of credential. */
export async function seedLocalData(repo: Repo): Promise<void> {
  await repo.putMany('mailboxes', [sampleRecords.mailboxes]);
  await repo.addObservation(sampleRecords.observations);
  await repo.putMany('plans', [sampleRecords.plans]);
  await repo.putMany('crmUsers', [sampleRecords.crmUsers]);
  await repo.appendAudit({ actor: 'user', action: 'hubspot-connect', subject: 'hubspot:4480123', result: 'ok', detail: 'scopes: conversations.read' });
  await repo.putMany('credentials', storedCredentials);
  await repo.setMeta('settings', { locale: 'sv', syncIntervalMinutes: 30 });
}
