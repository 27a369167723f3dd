import { browser } from 'wxt/browser';

/**
 * What each tab's inbox content script last told us: the mailbox it shows, or that it could not
 * read the page (a layout we do not recognise). A content script may then only ask about its own
 * mailbox, and the popup knows what to say about the current tab. Kept in storage.session: it
 * survives a service-worker restart, is gone with the browser session (and on every extension
 * update), and content scripts cannot read it. One key per tab avoids read-modify-write races
 * between tabs; one key for both answers means the newer one always replaces the older.
 */
const keyOf = (tabId: number) => `tab-mailbox:${tabId}`;

/** Stored in place of an address when the tab's page could not be read. */
const UNREADABLE = { unreadable: true } as const;

/** `signedInAs`: the account signed in beside the mailbox shown (a delegated or shared mailbox). */
export type TabReport = { address: string; signedInAs?: string } | { unreadable: true };

export async function rememberTabMailbox(tabId: number, address: string, signedInAs?: string): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: signedInAs ? { address, signedInAs } : address });
}

/** The tab's content script found no signed-in address on its page (it sent a drift report). */
export async function rememberTabUnreadable(tabId: number): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: UNREADABLE });
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** The tab's last report, or undefined when its content script never reported in this session. */
export async function tabReport(tabId: number): Promise<TabReport | undefined> {
  const key = keyOf(tabId);
  const value: unknown = (await browser.storage.session.get(key))[key];
  if (isText(value)) return { address: value };
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as { unreadable?: unknown; address?: unknown; signedInAs?: unknown };
  if (record.unreadable === true) return UNREADABLE;
  if (isText(record.address)) return { address: record.address, ...(isText(record.signedInAs) && { signedInAs: record.signedInAs }) };
  return undefined;
}

/** The mailbox the tab shows (for a delegated or shared mailbox, that one, not the account beside it). */
export async function mailboxOfTab(tabId: number): Promise<string | undefined> {
  const report = await tabReport(tabId);
  return report && 'address' in report ? report.address : undefined;
}

/** Every address the tab's page shows: the mailbox, and the account signed in beside it. */
export async function addressesOfTab(tabId: number): Promise<string[]> {
  const report = await tabReport(tabId);
  if (!report || !('address' in report)) return [];
  return report.signedInAs ? [report.address, report.signedInAs] : [report.address];
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
