import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { mailboxForTab } from '../../lib/background/handlers/ui/mailbox-for-tab';
import { pageDrift } from '../../lib/background/handlers/page-drift';
import { rememberTabMailbox } from '../../lib/background/tab-mailboxes';

const ctx = { sender: { kind: 'extension' as const, url: 'chrome-extension://x/popup.html' } };
const drift = { page: 'mail.google.com:signed-in-address', missing: ['title'], skeleton: '<div role="main"></div>' };
/** The inbox content script of `tabId` on `host` reports a page it could not read. */
const driftFrom = (tabId: number, host: string) =>
  pageDrift(drift, { sender: { kind: 'content', tabId, host, url: `https://${host}/mail/` } });
const tabOn = async (url: string) => (await fakeBrowser.tabs.create({ url })).id as number;

describe('mailbox/for-tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers the address the tab content script reported, as alive', async () => {
    const tabId = await tabOn('https://outlook.office.com/mail/');
    await rememberTabMailbox(tabId, 'ada@example.com');
    expect(await mailboxForTab({ tabId }, ctx)).toEqual({ address: 'ada@example.com', contentScript: 'alive' });
  });

  it('calls a mail tab without a report silent (loaded before an update: reload it)', async () => {
    const tabId = await tabOn('https://mail.google.com/mail/u/0/#inbox');
    expect(await mailboxForTab({ tabId }, ctx)).toEqual({ address: null, contentScript: 'silent' });
  });

  it('calls a mail tab whose script reported a page it could not read unreadable, not silent', async () => {
    const tabId = await tabOn('https://mail.google.com/mail/u/0/#inbox');
    await driftFrom(tabId, 'mail.google.com');
    expect(await mailboxForTab({ tabId }, ctx)).toEqual({ address: null, contentScript: 'unreadable' });
  });

  it('the newer report wins: an address after a drift is alive, a drift after an address is unreadable', async () => {
    const tabId = await tabOn('https://outlook.office.com/mail/');
    await driftFrom(tabId, 'outlook.office.com');
    await rememberTabMailbox(tabId, 'ada@example.com');
    expect(await mailboxForTab({ tabId }, ctx)).toEqual({ address: 'ada@example.com', contentScript: 'alive' });
    await driftFrom(tabId, 'outlook.office.com');
    expect(await mailboxForTab({ tabId }, ctx)).toEqual({ address: null, contentScript: 'unreadable' });
  });

  it('a drift report from a guide page does not mark its tab, and an unreadable tab that left mail is none', async () => {
    const hubspotTab = await tabOn('https://app.hubspot.com/settings/1/user-preferences/email');
    await driftFrom(hubspotTab, 'app.hubspot.com');
    expect(await mailboxForTab({ tabId: hubspotTab }, ctx)).toEqual({ address: null, contentScript: 'none' });
    const mailTab = await tabOn('https://mail.google.com/mail/u/0/#inbox');
    await driftFrom(mailTab, 'mail.google.com');
    await fakeBrowser.tabs.update(mailTab, { url: 'https://example.com/' });
    expect(await mailboxForTab({ tabId: mailTab }, ctx)).toEqual({ address: null, contentScript: 'none' });
  });

  it('answers none for other pages, look-alike hosts and closed tabs', async () => {
    expect(await mailboxForTab({ tabId: await tabOn('https://example.com/') }, ctx)).toEqual({ address: null, contentScript: 'none' });
    expect(await mailboxForTab({ tabId: await tabOn('http://mail.google.com/') }, ctx)).toEqual({ address: null, contentScript: 'none' });
    expect(await mailboxForTab({ tabId: await tabOn('https://mail.google.com.evil.example/') }, ctx)).toEqual({ address: null, contentScript: 'none' });
    expect(await mailboxForTab({ tabId: 9999 }, ctx)).toEqual({ address: null, contentScript: 'none' });
  });
});
