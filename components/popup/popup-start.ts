import type { UserSettings } from '../../lib/store/records';
import { repo } from '../../lib/store/repo';
import { loadMailboxDetail, type MailboxDetail } from '../shared/mailbox-detail';
import { prefetchTabMailbox, type TabMailbox } from '../shared/use-tab-mailbox';

/** What the popup knows before its first render: enough to paint the tab's status at once. */
export interface PopupStart {
  settings: UserSettings;
  tab: Extract<TabMailbox, { state: 'ready' }>;
  /** The tab mailbox's detail; absent when the tab shows none or its read failed (the hook then reports why). */
  detail?: MailboxDetail;
}

/**
 * Reads everything the popup's first paint needs, all started at once: the settings (language)
 * from IndexedDB while the background answers which mailbox the tab shows, then that mailbox's
 * detail. Rendering only once this resolves spares the chain of mount, effect, state update and
 * re-render per source (each effect runs after a paint), which was most of the wait for the
 * first status. The tab answer is the one the popup's hook takes (prefetch), so it is asked once.
 */
export async function readPopupStart(search: string): Promise<PopupStart> {
  const settings = repo.getMeta('settings').then((value) => value ?? {}, (): UserSettings => ({}));
  const tab = await prefetchTabMailbox(search);
  const detail = tab.address ? await loadMailboxDetail(tab.address).catch(() => undefined) : undefined;
  return { settings: await settings, tab, detail };
}
