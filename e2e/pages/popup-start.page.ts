import type { Page } from 'puppeteer';
import type { ExtensionBrowser } from '../harness/browser';
import { selectors } from '../harness/contract';

/**
 * The popup's "Start unlinking" as a user clicks it, on the popup for one mail tab
 * (`popup.html?tab=<id>`, how the e2e tests open the popup: Chromium renders no toolbar popup for
 * puppeteer). Selectors are the popup's contract (components/popup/PopupActions.tsx).
 */

const ui = { timeout: 20_000 };

export const popupSelectors = {
  startUnlinking: '[data-testid="start-unlinking"]',
  notice: '[data-testid="popup-notice"]',
  address: '[data-testid="popup-address"]',
} as const;

/** The popup for the tab, once it shows that tab's mailbox with its status. */
export async function openPopupForTab(eb: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await eb.openExtensionPage('popup', `tab=${tabId}`);
  await popup.waitForSelector(`${selectors.pageRoot('popup')}[data-inboxlink-status]`, ui);
  return popup;
}

/** The status the popup shows for its tab's mailbox (lib/status). */
export function popupStatus(popup: Page): Promise<string | null> {
  return popup.$eval(selectors.pageRoot('popup'), (el) => el.getAttribute('data-inboxlink-status'));
}

/** Clicks Start unlinking with the mouse: a trusted click, the user gesture sidePanel.open needs. */
export async function clickStartUnlinking(popup: Page): Promise<void> {
  const button = await popup.waitForSelector(popupSelectors.startUnlinking, ui);
  if (!button) throw new Error('the popup shows no Start unlinking');
  await button.click();
}

/** The popup's notice line (empty when nothing went wrong). */
export function popupNotice(popup: Page): Promise<string> {
  return popup.$eval(popupSelectors.notice, (el) => el.textContent ?? '');
}
