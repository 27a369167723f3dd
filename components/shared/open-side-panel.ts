import { openSidePanel } from '../../lib/background/side-panel';

/**
 * Opens the side panel straight from an extension page's click handler. Chrome's sidePanel.open
 * needs the user gesture, which a round trip through the background can lose; the call below
 * reaches the browser synchronously, inside the click. Call it before any `await`.
 */
export function openSidePanelFromClick(target: { tabId?: number; windowId?: number }): Promise<boolean> {
  const where = target.windowId !== undefined ? { windowId: target.windowId } : { tabId: target.tabId };
  return openSidePanel(where);
}
