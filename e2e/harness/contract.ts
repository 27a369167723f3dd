/**
 * The DOM and storage contracts between the extension and the e2e tests. Tests use these names,
 * never raw selectors, so a renamed test id is changed in one place.
 */
export const selectors = {
  /** Root element of each extension page. */
  pageRoot: (name: 'popup' | 'sidepanel' | 'options' | 'support' | 'welcome' | 'privacy' | 'people') => `[data-testid="${name}"]`,
  /**
   * The host element the inbox content script adds to Gmail and Outlook. It says nothing of the
   * status (the page must not read it): read that inside its closed shadow root through DevTools
   * (chip-dom.ts, pages/mail-tab.page.ts readChip).
   */
  inboxChip: 'inboxlink-chip',
  /** One mailbox in the popup's list. */
  mailboxRow: (address: string) => `[data-testid="mailbox-row"][data-address="${cssString(address)}"]`,
} as const;

/** The extension's IndexedDB. */
export const storeContract = {
  database: 'inboxlink',
  observations: 'observations',
} as const;

/** The sandbox pages the inbox content script runs on. */
export const mailPages = {
  gmail: 'https://mail.google.com/mail/u/0/#inbox',
  outlookWork: 'https://outlook.office.com/mail/',
  outlookPersonal: 'https://outlook.live.com/mail/0/',
} as const;

function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
