import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { mailboxForTab } from '../../lib/background/handlers/ui/mailbox-for-tab';
import { rememberTabMailbox } from '../../lib/background/tab-mailboxes';

const ctx = { sender: { kind: 'extension' as const, url: 'chrome-extension://x/popup.html' } };
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

  it('answers none for other pages, look-alike hosts and closed tabs', async () => {
    expect(await mailboxForTab({ tabId: await tabOn('https://example.com/') }, ctx)).toEqual({ address: null, contentScript: 'none' });
    expect(await mailboxForTab({ tabId: await tabOn('http://mail.google.com/') }, ctx)).toEqual({ address: null, contentScript: 'none' });
    expect(await mailboxForTab({ tabId: await tabOn('https://mail.google.com.evil.example/') }, ctx)).toEqual({ address: null, contentScript: 'none' });
    expect(await mailboxForTab({ tabId: 9999 }, ctx)).toEqual({ address: null, contentScript: 'none' });
  });
});
