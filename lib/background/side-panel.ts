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

/** Opens the side panel (Chrome, Edge) or the sidebar (Firefox). Needs a user gesture upstream. */
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
