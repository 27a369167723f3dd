/**
 * Portal health in the background: after each burst of changes to what decides a status, today's
 * count per status is stored (the chart's history) and the admin's alert checked — a notification
 * at most once a day when broken + half-unlinked mailboxes exceed the share they set (off by
 * default). State lives in IndexedDB; ../store/debounced-watcher.ts debounces (never two checks at
 * once: two could both find the alert due and notify twice the same day).
 */
import { createTranslator } from '../i18n';
import { formatCount } from '../i18n/message';
import { alertDue, countStatuses, type StatusCounts } from '../history/health';
import '../history/settings';
import { recordStatusSnapshot } from '../history/status-snapshots';
import { summarizeMailboxes } from '../store/reads/mailbox-facts';
import { createStoreAccess } from '../store/access';
import { subscribe as subscribeToStore } from '../store/changes';
import { startDebouncedWatcher } from '../store/debounced-watcher';
import { repo } from '../store/repo';
import type { StoreName } from '../store';
import { currentLocale } from './locale';
import { showNotification } from './notify';

/** Not `meta`: the monitor writes there itself (the alert's time). */
const WATCHED: StoreName[] = ['mailboxes', 'observations', 'channelAccounts', 'grants'];
const DEBOUNCE_MS = 2_000;
export const ALERT_TAG = 'inboxlink-health';

/** Today's counts stored, and the alert shown if due. Also run when the admin changes the threshold. */
export async function checkHealth(now = new Date()): Promise<{ counts: StatusCounts; alerted: boolean }> {
  const counts = countStatuses(await summarizeMailboxes());
  await recordStatusSnapshot(createStoreAccess(), counts, now);
  const settings = await repo.getMeta('settings');
  const check = alertDue(counts, settings?.healthAlertPercent, await repo.getMeta('healthAlertAt'), now);
  if (!check.due) return { counts, alerted: false };
  const t = createTranslator(await currentLocale());
  const share = new Intl.NumberFormat(t.locale, { style: 'percent', maximumFractionDigits: 0 }).format(check.share);
  const shown = await showNotification(ALERT_TAG, t('health.notification.title'), t('health.notification.body', { count: check.attention, total: formatCount(t.locale, check.total), share }));
  if (shown) await repo.setMeta('healthAlertAt', now.toISOString());
  return { counts, alerted: shown };
}

export function startHealthMonitor(subscribe = subscribeToStore): () => void {
  return startDebouncedWatcher({
    stores: WATCHED,
    subscribe,
    debounceMs: DEBOUNCE_MS,
    run: () => checkHealth(),
    onError: (error) => console.warn('[inboxlink] health:', error instanceof Error ? error.message : error),
  });
}
