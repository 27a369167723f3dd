import { supportPageUrl } from '../history/TimelineSection';
import { AlertSetting } from '../history/AlertSetting';
import { ReportActions } from '../history/ReportActions';
import { useI18n } from '../shared/i18n-context';

/** Support in the options: the portal's health page, its support report, and the health alert. */
export function SupportSection() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="support-heading" data-testid="options-support">
      <h2 id="support-heading">{t('options.support.heading')}</h2>
      <p class="muted">{t('options.support.intro')}</p>
      <p><a href={supportPageUrl()} target="_blank" rel="noopener" data-testid="open-portal-health">{t('health.openFromOptions')}</a></p>
      <ReportActions />
      <AlertSetting />
    </section>
  );
}
