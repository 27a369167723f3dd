import { loadLocale } from '../../lib/i18n/load-locale';
import type { UserSettings } from '../../lib/store/records';
import { repo } from '../../lib/store/repo';
import type { MailboxDetail } from '../shared/mailbox-detail';
import { prefetchMailboxDetail } from '../shared/use-mailbox-detail';
import { prefetchTabMailbox, type TabMailbox } from '../shared/use-tab-mailbox';
import { localeOf } from '../shared/use-settings';

/** What the popup knows before its first render: enough to paint the tab's status at once. */
export interface PopupStart {
  /** The language is localeOf(settings); its strings are loaded by the time this resolves. */
  settings: UserSettings;
  tab: Extract<TabMailbox, { state: 'ready' }>;
  /** The tab mailbox's detail; absent when the tab shows none or its read failed (the hook then reports why). */
  detail?: MailboxDetail;
}

async function readTab(search: string): Promise<Pick<PopupStart, 'tab' | 'detail'>> {
  const tab = await prefetchTabMailbox(search);
  // Prefetched: the popup's useMailboxDetail takes this same read on mount instead of a second one.
  const detail = tab.address ? await prefetchMailboxDetail(tab.address).catch(() => undefined) : undefined;
  return { tab, detail };
}

/**
 * Reads everything the popup's first paint needs, all started at once: the settings from
 * IndexedDB and then the strings of their language (English, every language's fallback, and the
 * browser's language, the likely one, start loading at once), while the tab's report is read from
 * storage.session, then that mailbox's detail. Rendering only once this resolves spares the chain
 * of mount, effect, state update and re-render per source (each effect runs after a paint), which
 * was most of the wait for the first status, and the first paint is in the user's language. The
 * tab answer is the one the popup's hook takes (prefetch), so it is asked once.
 */
export async function readPopupStart(search: string): Promise<PopupStart> {
  // The browser's language is the popup's unless the user chose another in the options: its
  // catalog's fetch (and English's, which it needs) starts now, alongside the settings' read,
  // instead of after it.
  void loadLocale(localeOf(undefined)).catch(() => undefined);
  const settings = repo.getMeta('settings').then((value) => value ?? {}, (): UserSettings => ({}));
  const strings = settings.then((value) => loadLocale(localeOf(value)));
  const [read, tab] = await Promise.all([settings, readTab(search), strings]);
  return { settings: read, ...tab };
}
