import { browser } from 'wxt/browser';
import type { Handlers } from '../../../messaging/router';
import { MAIL_HOSTS } from '../../../pages/hosts';
import { mailboxOfTab } from '../../tab-mailboxes';

/** The tab's URL when the browser shows it to us (host permission or activeTab), else undefined. */
async function urlOfTab(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined; // The tab closed meanwhile.
  }
}

function isMailPage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && Object.prototype.hasOwnProperty.call(MAIL_HOSTS, parsed.hostname);
  } catch {
    return false;
  }
}

/** The mailbox a tab's content script reported, and whether that script is still there. */
export const mailboxForTab: NonNullable<Handlers['mailbox/for-tab']> = async ({ tabId }) => {
  const address = await mailboxOfTab(tabId);
  if (address) return { address, contentScript: 'alive' };
  return { address: null, contentScript: isMailPage(await urlOfTab(tabId)) ? 'silent' : 'none' };
};
