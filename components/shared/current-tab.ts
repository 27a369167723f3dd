import { browser } from 'wxt/browser';

export interface TabTarget {
  tabId?: number;
  windowId?: number;
  /** True when the page was opened as `popup.html?tab=<id>` (by the side panel or a test). */
  explicit: boolean;
}

/** The `?tab=<id>` of the popup's URL, when it is a plain tab id. */
export function explicitTabId(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tab');
  return value !== null && /^\d{1,10}$/.test(value) ? Number(value) : undefined;
}

/**
 * The tab the popup speaks about: the one named by `?tab=<id>`, else the active tab of the
 * window the popup belongs to (its id needs no `tabs` permission).
 */
export async function resolveTabTarget(search: string): Promise<TabTarget> {
  const tabId = explicitTabId(search);
  if (tabId !== undefined) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return { tabId, windowId: tab?.windowId, explicit: true };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: active?.id, windowId: active?.windowId, explicit: false };
}
