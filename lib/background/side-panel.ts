import { browser } from 'wxt/browser';

/** The parts of Chrome's sidePanel and Firefox's sidebarAction we use (the polyfill types lack them). */
interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };

/** The toolbar button opens the popup; the side panel opens from the popup or the chip. */
export async function configureSidePanel(): Promise<void> {
  await api.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false });
}

/**
 * Opens the side panel (Chrome, Edge) or the sidebar (Firefox). Needs a user gesture upstream:
 * it rejects when the browser refuses (Firefox lets only a click in the extension's own pages
 * open the sidebar, never one relayed from a content script). False: no panel API at all.
 */
export async function openSidePanel(target: { tabId?: number; windowId?: number }): Promise<boolean> {
  if (api.sidePanel) {
    await api.sidePanel.open(target);
    return true;
  }
  if (api.sidebarAction) {
    await api.sidebarAction.open();
    return true;
  }
  return false;
}

/**
 * The side panel's page in a tab beside `tabId`, on `address` when given: where the browser
 * refuses to open the panel for this click (Firefox, for a click on the inbox chip), the person
 * still lands on what they clicked for.
 */
export async function openPanelPageInTab(tabId: number, address: string | undefined): Promise<void> {
  const query = address ? `?mailbox=${encodeURIComponent(address)}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${query}`), openerTabId: tabId });
}
