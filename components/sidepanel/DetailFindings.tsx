import type { Finding } from '../../lib/model';
import { useI18n } from '../shared/i18n-context';
import { FindingItems } from './FindingItems';

/** The diagnoses about this mailbox (written by lib/diagnose into the `findings` store). */
export function DetailFindings({ findings }: { findings: readonly Finding[] }) {
  const { t } = useI18n();
  return (
    <section class="detail-block" data-testid="detail-findings" data-count={findings.length}>
      <h3>{t('ui.detail.findings')}</h3>
      {findings.length === 0 ? <p class="muted">{t('ui.detail.noFindings')}</p> : <FindingItems findings={findings} />}
    </section>
  );
}
