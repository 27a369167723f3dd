import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mailboxStatus } from '../../lib/background/handlers/mailbox-status';
import { ForbiddenError } from '../../lib/messaging/router';
import { mailboxOfTab } from '../../lib/background/tab-mailboxes';
import { repo } from '../../lib/store/repo';
import { ADA, BOB, clearWorld, seedWorld } from '../ui/seed';

/** The inbox content script of `tabId` on Gmail, as the router stamps it (host from the browser). */
const gmailTab = (tabId: number) => ({ sender: { kind: 'content' as const, tabId, host: 'mail.google.com', url: 'https://mail.google.com/mail/u/0/' } });
const seen = { path: '/mail/u/0/', value: { provider: 'google', via: 'title' } };

beforeEach(async () => {
  fakeBrowser.reset();
  await seedWorld();
});
afterEach(clearWorld);

describe('mailbox/status with seen (the inbox script’s one message at load)', () => {
  it('stores the signed-in address as observation/report does, remembers the tab, then answers its status', async () => {
    const tabId = (await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' })).id as number;
    const answer = await mailboxStatus({ address: ADA, seen }, gmailTab(tabId));
    expect(answer.address).toBe(ADA);
    expect(await mailboxOfTab(tabId)).toBe(ADA);
    const latest = await repo.latestObservations(ADA);
    expect(latest['signed-in-address']).toMatchObject({ host: 'mail.google.com', path: '/mail/u/0/', value: seen.value });
  });

  it('without seen, a tab still may only ask about the mailbox it reported', async () => {
    const tabId = (await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' })).id as number;
    await expect(mailboxStatus({ address: BOB }, gmailTab(tabId))).rejects.toBeInstanceOf(ForbiddenError);
    await mailboxStatus({ address: ADA, seen }, gmailTab(tabId));
    await expect(mailboxStatus({ address: BOB }, gmailTab(tabId))).rejects.toBeInstanceOf(ForbiddenError);
    expect((await mailboxStatus({ address: ADA }, gmailTab(tabId))).address).toBe(ADA);
  });

  it('refuses seen from an extension page: only a mail page reports what it shows', async () => {
    const page = { sender: { kind: 'extension' as const, url: 'chrome-extension://inboxlink/popup.html' } };
    const before = await repo.getAll('observations');
    await expect(mailboxStatus({ address: ADA, seen }, page as never)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await repo.getAll('observations')).toEqual(before);
  });
});
