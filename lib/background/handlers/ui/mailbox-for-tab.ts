import { browser } from 'wxt/browser';
import type { Handlers } from '../../../messaging/router';
import { isMailHost } from '../../../pages/hosts';
import { tabReport } from '../../tab-mailboxes';

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
    return parsed.protocol === 'https:' && isMailHost(parsed.hostname);
  } catch {
    return false;
  }
}

/**
 * The mailbox a tab's content script reported, and what became of that script: it reported an
 * address (alive), it reported a page it could not read (unreadable, only while the tab still
 * shows a mail page), or a mail page whose script said nothing (silent: cut off by an update).
 */
export const mailboxForTab: NonNullable<Handlers['mailbox/for-tab']> = async ({ tabId }) => {
  const report = await tabReport(tabId);
  if (report && 'address' in report) return { address: report.address, contentScript: 'alive' };
  if (!isMailPage(await urlOfTab(tabId))) return { address: null, contentScript: 'none' };
  return { address: null, contentScript: report ? 'unreadable' : 'silent' };
};
