import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chipPlaceOn } from '../../lib/background/chip-places';
import { chipPlace } from '../../lib/background/handlers/chip-place';
import { mailboxStatus } from '../../lib/background/handlers/mailbox-status';
import { pageDrift } from '../../lib/background/handlers/page-drift';
import { readDriftReports } from '../../lib/background/drift-reports';
import { tabReport } from '../../lib/background/tab-mailboxes';
import { createTranslator } from '../../lib/i18n';
import { ForbiddenError } from '../../lib/messaging/router';
import { repo } from '../../lib/store/repo';
import { ADA, BOB, clearWorld, seedWorld } from '../ui/seed';

/** The inbox content script of `tabId` on `host`, as the router stamps it (host from the browser). */
const mailTab = (tabId: number, host = 'mail.google.com') => ({ sender: { kind: 'content' as const, tabId, host, url: `https://${host}/mail/u/0/` } });
const fromOptions = { sender: { kind: 'extension' as const, url: 'chrome-extension://x/options.html' } };
const seen = { path: '/mail/u/0/', value: { provider: 'google', via: 'account-button' } };
const NEW = 'new.rep@example.com';

async function newTab(): Promise<number> {
  return (await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' })).id as number;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await seedWorld();
});
afterEach(clearWorld);

describe('a mail page’s report never rewrites what is known', () => {
  it('a known mailbox keeps its provider when a Gmail tab shows it; a new one gets the mail host’s', async () => {
    expect((await repo.get('mailboxes', BOB))?.provider).toBe('microsoft365');
    await mailboxStatus({ address: BOB, seen }, mailTab(await newTab()));
    expect((await repo.get('mailboxes', BOB))?.provider).toBe('microsoft365');
    await mailboxStatus({ address: NEW, seen }, mailTab(await newTab()));
    expect((await repo.get('mailboxes', NEW))?.provider).toBe('google');
  });
});

describe('a delegated or shared mailbox and the account beside it', () => {
  it('stores both as seen, keeps both on the tab, answers both statuses', async () => {
    const tabId = await newTab();
    const answer = await mailboxStatus({ address: ADA, signedInAs: NEW, seen }, mailTab(tabId));
    expect(await tabReport(tabId)).toEqual({ address: ADA, signedInAs: NEW });
    expect((await repo.latestObservations(NEW))['signed-in-address']?.value).toMatchObject({ via: 'account-button', beside: ADA });
    expect(answer.address).toBe(ADA);
    const t = createTranslator('en');
    expect(answer.signedInAs).toEqual({ address: NEW, status: 'unknown', label: t('chip.signedInAs', { address: NEW, label: t('chip.label', { status: t('status.unknown') }) }) });
    // Asked again later (no seen): the same pair is allowed; the account beside it alone is not the tab's mailbox.
    expect((await mailboxStatus({ address: ADA, signedInAs: NEW }, mailTab(tabId))).signedInAs?.address).toBe(NEW);
    await expect(mailboxStatus({ address: NEW }, mailTab(tabId))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(mailboxStatus({ address: ADA, signedInAs: BOB }, mailTab(tabId))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('the chip’s setup and place', () => {
  it('comes with a content script’s answer: the place on its host, every status label, the menu words in the user’s language', async () => {
    await repo.setMeta('settings', { locale: 'de' });
    const answer = await mailboxStatus({ address: ADA, seen }, mailTab(await newTab()));
    const t = createTranslator('de');
    expect(answer.chip?.place).toBe('header');
    expect(answer.chip?.labels).toEqual(['linked', 'broken', 'half-unlinked', 'not-linked', 'unknown'].map((s) => t('chip.label', { status: t(`status.${s}` as 'status.linked') })));
    expect(answer.chip?.text.hidden).toBe(t('chip.hide', { host: 'mail.google.com' }));
    expect((await mailboxStatus({ address: ADA }, fromOptions)).chip).toBeUndefined();
  });

  it('is remembered per mail host: a page places it on its own host only, the options page names one', async () => {
    const tabId = await newTab();
    expect(await chipPlace({ place: 'left' }, mailTab(tabId))).toEqual({ saved: true });
    expect(await chipPlaceOn('mail.google.com')).toBe('left');
    expect(await chipPlaceOn('outlook.office.com')).toBe('header');
    await expect(chipPlace({ place: 'hidden', host: 'outlook.office.com' }, mailTab(tabId))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(chipPlace({ place: 'hidden' }, fromOptions)).rejects.toBeInstanceOf(ForbiddenError);
    await chipPlace({ place: 'hidden', host: 'outlook.office.com' }, fromOptions);
    expect(await chipPlaceOn('outlook.office.com')).toBe('hidden');
    const answer = await mailboxStatus({ address: ADA, seen }, mailTab(tabId));
    expect(answer.chip?.place).toBe('left');
  });
});

describe('page/drift outcomes', () => {
  it('partial: kept, the tab keeps its mailbox; anchorless: the tab is unreadable, nothing kept', async () => {
    const tabId = await newTab();
    await mailboxStatus({ address: ADA, seen }, mailTab(tabId));
    await pageDrift({ page: 'mail.google.com:signed-in-address', missing: ['account-button'], skeleton: '<body/>', outcome: 'partial' }, mailTab(tabId));
    expect(await tabReport(tabId)).toEqual({ address: ADA });
    expect((await readDriftReports()).map((r) => r.missing)).toEqual([['account-button']]);
    expect(await pageDrift({ page: 'mail.google.com:signed-in-address', missing: [], skeleton: '', outcome: 'anchorless' }, mailTab(tabId))).toEqual({ stored: false });
    expect(await tabReport(tabId)).toEqual({ unreadable: true });
    expect(await readDriftReports()).toHaveLength(1);
  });
});
