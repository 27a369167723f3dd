import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../lib/history/settings';
import { sendPlanMessage as send } from '../plan/send';
import { useI18n } from '../shared/i18n-context';
import { useSettings } from '../shared/use-settings';

const CHOICES = [5, 10, 20, 30, 50] as const;
const PERMISSION = { permissions: ['notifications'] } as const;

/** Whether this browser lets the extension show a notification now. */
async function notificationsAllowed(): Promise<boolean> {
  if (globalThis.Notification?.permission === 'granted') return true;
  return browser.permissions.contains(PERMISSION as never).catch(() => false);
}

/**
 * The health alert: off (the default) or a share of broken + half-unlinked mailboxes above which
 * the background notifies once a day at most. Turning it on asks for the optional `notifications`
 * permission, inside the click (browsers ask for it only on a user gesture).
 */
export function AlertSetting() {
  const { t, locale } = useI18n();
  const settings = useSettings();
  const [allowed, setAllowed] = useState<boolean | undefined>();
  const [notice, setNotice] = useState('');
  useEffect(() => void notificationsAllowed().then(setAllowed), []);
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const ask = async () => {
    const granted = await browser.permissions.request(PERMISSION as never).catch(() => false);
    setAllowed(granted || (await notificationsAllowed()));
  };
  const choose = (value: string) => {
    const chosen = value === '' ? null : Number(value);
    // The permission prompt must start inside the change event's gesture, before any await; the
    // web permission is read now (not at mount): it may have been granted since.
    const granted = globalThis.Notification?.permission === 'granted';
    const asking = chosen !== null && !granted && !allowed ? ask() : Promise.resolve();
    void asking
      .then(() => send('health/alert-set', { percent: chosen }))
      .then(() => setNotice(t('health.alert.saved')), () => setNotice(t('plan.notice.failed')));
  };
  const current = settings?.healthAlertPercent;
  return (
    <section aria-labelledby="health-alert-heading" data-testid="health-alert">
      <h2 id="health-alert-heading">{t('health.alert.heading')}</h2>
      <p class="muted" id="health-alert-intro">{t('health.alert.intro')}</p>
      <label>
        {t('health.alert.label')}{' '}
        <select data-testid="health-alert-percent" aria-describedby="health-alert-intro" value={current === undefined ? '' : String(current)} onChange={(event) => choose((event.target as HTMLSelectElement).value)}>
          <option value="">{t('health.alert.off')}</option>
          {CHOICES.map((choice) => <option key={choice} value={String(choice)}>{percent.format(choice / 100)}</option>)}
        </select>
      </label>
      {current !== undefined && allowed === false && (
        <p class="notice" role="alert" data-testid="health-alert-blocked">
          {t('health.alert.blocked')} <button type="button" onClick={() => void ask()}>{t('health.alert.allow')}</button>
        </p>
      )}
      <p role="status" class="muted">{notice}</p>
    </section>
  );
}
