import { browser } from 'wxt/browser';

/**
 * The storage.session key through which the popup's Start unlinking and the inbox chip (through
 * the background) tell the side panel which mailbox to show. Only extension contexts can read
 * storage.session, so a page never sees it; the side panel reads it (components/plan/panel-focus.ts).
 */
export const FOCUS_KEY = 'inboxlink.sidepanel.focus';

export interface FocusRequest {
  address: string;
  /** Epoch ms: the panel ignores stale requests (it was closed when they were made). */
  at: number;
}

export async function requestPanelFocus(address: string): Promise<void> {
  const request: FocusRequest = { address, at: Date.now() };
  await browser.storage.session.set({ [FOCUS_KEY]: request });
}
