import type { MessageKey } from '../../lib/i18n';
import type { SyncResource } from '../../lib/sync';
import { formatAge } from './age';
import { useI18n } from './i18n-context';
import { useMeta } from './use-meta';
import { errorText } from '../../lib/i18n/error-text';

/**
 * The sync's state in one line, with the data's age and, while it runs, counts per resource.
 * Every degraded state says what it means for the user (offline: last known state shown).
 */
export function SyncStatusLine({ now }: { now: number }) {
  const { t, locale } = useI18n();
  const status = useMeta('syncStatus');
  const progress = useMeta('syncProgress');
  if (status === undefined) return null;
  const state = status?.state ?? 'never';
  const message = (() => {
    switch (state) {
      case 'missing-scope': return t('sync.state.missing-scope', { scopes: (status?.scopes ?? []).join(', ') });
      case 'backing-off': return t('sync.state.backing-off', { time: status?.retryAt ? new Date(status.retryAt).toLocaleTimeString(locale) : '—' });
      case 'error': return t('sync.state.error', { message: errorText(t, status?.lastError) });
      default: return t(`sync.state.${state}` as MessageKey);
    }
  })();
  const resources = state === 'running' && progress ? Object.entries(progress.resources) as [SyncResource, { done: number; total?: number }][] : [];
  return (
    <section class="sync-status" aria-live="polite">
      <p data-testid="sync-status" data-state={state} class={state === 'idle' || state === 'running' ? '' : 'warning'}>
        {message}
        {status?.lastCompletedAt && <span class="muted"> · {t('sync.dataAge', { age: formatAge(status.lastCompletedAt, now, t) })}</span>}
      </p>
      {resources.length > 0 && (
        <ul data-testid="sync-progress" class="sync-progress">
          {resources.map(([resource, count]) => (
            <li key={resource}>
              {count.total === undefined
                ? t('sync.progressNoTotal', { resource: t(`sync.resource.${resource}`), doneCount: count.done })
                : t('sync.progress', { resource: t(`sync.resource.${resource}`), doneCount: count.done, totalCount: count.total })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
