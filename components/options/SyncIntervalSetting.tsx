import { useState } from 'preact/hooks';
import { SYNC_INTERVAL_CHOICES } from '../../lib/messaging/auth-protocol';
import { DEFAULT_SYNC_INTERVAL_MINUTES } from '../../lib/sync/schedule';
import { useI18n } from '../shared/i18n-context';
import { send } from './send';

type Choice = (typeof SYNC_INTERVAL_CHOICES)[number];

/** How often the background syncs; the background re-creates its alarm on change. */
export function SyncIntervalSetting({ minutes, locked = false }: { minutes: number | undefined; locked?: boolean }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(false);
  const current = minutes ?? DEFAULT_SYNC_INTERVAL_MINUTES;
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('options.sync.heading')}</h2>
      <label for="sync-interval">{t('options.sync.interval')}</label>{' '}
      <select
        id="sync-interval"
        name="sync-interval"
        value={String(current)}
        disabled={locked}
        aria-describedby={locked ? 'sync-locked' : undefined}
        onChange={(event) => {
          const value = Number((event.target as HTMLSelectElement).value) as Choice;
          setSaved(false);
          void send('options/sync-interval', { minutes: value }).then(() => setSaved(true), () => undefined);
        }}
      >
        {SYNC_INTERVAL_CHOICES.map((choice) => <option key={choice} value={String(choice)}>{t('options.sync.minutes', { count: choice })}</option>)}
      </select>
      {locked && <p id="sync-locked" class="muted" data-testid="locked-by-policy">{t('policy.locked')}</p>}
      {saved && <p role="status">{t('options.sync.saved')}</p>}
    </section>
  );
}
