import { browser } from 'wxt/browser';
import { repo } from '../store/repo';

declare module '../store/records' {
  interface MetaMap {
    /** ISO time the welcome page was first opened in this profile. */
    welcomedAt: string;
  }
}

/**
 * On a fresh install only (not an update, not a browser update): the welcome page, which says in
 * the browser's language what Inboxlink needs, why, and what each permission is for. Once per
 * profile: Chromium reports an unpacked or policy-installed extension as installed again at every
 * browser start, and a welcome tab opening over the rep's mail each morning would be a nuisance.
 */
export async function welcomeOnInstall(details: { reason: string }, now: () => Date = () => new Date()): Promise<void> {
  if (details.reason !== 'install') return;
  if (await repo.getMeta('welcomedAt')) return;
  await repo.setMeta('welcomedAt', now().toISOString());
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
