/**
 * The real background router and handlers behind fakeBrowser's runtime.sendMessage, so the
 * extension pages under test speak the real protocol (validation, senders, handlers).
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '../../lib/background/handlers';
import { createRouter } from '../../lib/messaging/router';

const EXTENSION_ID = 'inboxlinktest';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

export function installBackground(page = 'popup.html') {
  const route = createRouter(handlers, { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, contentHosts: ['mail.google.com'] });
  const sent: string[] = [];
  // sync/now would start a real pass against HubSpot: the double only records the intent.
  const listener = async (message: unknown) => {
    const type = (message as { type?: string }).type ?? '';
    sent.push(type);
    if (type === 'sync/now' || type === 'sync/if-stale') return { ok: true, data: { started: true } };
    return route(message, { id: EXTENSION_ID, url: `${ORIGIN}${page}` });
  };
  fakeBrowser.runtime.onMessage.addListener(listener);
  return { sent };
}

/** Chrome's sidePanel API, which fakeBrowser lacks. */
export function installSidePanel() {
  const open = vi.fn(async (_target: { tabId?: number; windowId?: number }) => undefined);
  Object.assign(fakeBrowser, { sidePanel: { open, setPanelBehavior: vi.fn(async () => undefined) } });
  return { open };
}
