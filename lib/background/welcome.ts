import { browser } from 'wxt/browser';

/**
 * On a fresh install only (not an update, not a browser update): the welcome page, which says in
 * the browser's language what Inboxlink needs, why, and what each permission is for.
 */
export async function welcomeOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
