import { browser } from 'wxt/browser';

/**
 * Which mailbox each tab's content script reported, so a content script can only ask about its
 * own mailbox and the popup knows the mailbox of the current tab. Kept in storage.session: it
 * survives a service-worker restart, is gone with the browser session, and content scripts
 * cannot read it. One key per tab avoids read-modify-write races between tabs.
 */
const keyOf = (tabId: number) => `tab-mailbox:${tabId}`;

export async function rememberTabMailbox(tabId: number, address: string): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: address });
}

export async function mailboxOfTab(tabId: number): Promise<string | undefined> {
  const key = keyOf(tabId);
  const stored = await browser.storage.session.get(key);
  const value = stored[key];
  return typeof value === 'string' ? value : undefined;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
