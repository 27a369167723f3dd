/**
 * A mail host names a mailbox's provider only when HubSpot's Connected emails row does not: an
 * inbox HubSpot reads over IMAP, open in Gmail, stays IMAP (same rule as the status's verdict).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { observationReport } from '../../lib/background/handlers/observation-report';
import { repo } from '../../lib/store/repo';
import { clearPlans } from './plan-world';

const ADDRESS = 'ida@example.com';
const sender = (host: string, path: string) => ({ sender: { kind: 'content' as const, tabId: 7, host, url: `https://${host}${path}` } });
const HUBSPOT_PATH = '/settings/4480123/user-preferences/email';
const reportRow = (value: Record<string, string>) =>
  observationReport({ kind: 'crm-personal-inbox', address: ADDRESS, path: HUBSPOT_PATH, value }, sender('app.hubspot.com', HUBSPOT_PATH));
const reportSignedIn = () =>
  observationReport({ kind: 'signed-in-address', address: ADDRESS, path: '/mail/u/0/', value: {} }, sender('mail.google.com', '/mail/u/0/'));
const storedProvider = async () => (await repo.get('mailboxes', ADDRESS))?.provider;

afterEach(async () => {
  await repo.clearByPolicy('sign-out');
  await clearPlans();
});

describe('the provider of a mailbox seen on a mail host', () => {
  it('stays what HubSpot’s Connected emails row named (IMAP open in Gmail)', async () => {
    await reportRow({ state: 'connected', provider: 'imap' });
    await repo.upsertMailbox({ address: ADDRESS, provider: 'imap' });
    await reportSignedIn();
    expect(await storedProvider()).toBe('imap');
  });

  it('is corrected back to HubSpot’s row when an earlier report had overwritten it', async () => {
    await repo.upsertMailbox({ address: ADDRESS, provider: 'google' });
    await reportRow({ state: 'connected', provider: 'imap' });
    await reportSignedIn();
    expect(await storedProvider()).toBe('imap');
  });

  it('is the mail host’s when HubSpot’s row names none', async () => {
    await reportRow({ state: 'connected' });
    await reportSignedIn();
    expect(await storedProvider()).toBe('google');
  });
});
