import { browser } from 'wxt/browser';
import { useI18n } from '../shared/i18n-context';

/** No mailbox yet: how to get the first ones (connect HubSpot, open a mailbox, open HubSpot's settings). */
export function EmptyState() {
  const { t } = useI18n();
  return (
    <section class="empty-state" data-testid="sidepanel-empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t('ui.empty.title')}</h2>
      <ol>
        <li>{t('ui.empty.step1')}</li>
        <li>{t('ui.empty.step2')}</li>
        <li>{t('ui.empty.step3')}</li>
      </ol>
      <button type="button" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>{t('sidepanel.openOptions')}</button>
    </section>
  );
}
