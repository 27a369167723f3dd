import type { Finding } from '../../lib/model';
import { FindingItems } from '../sidepanel/FindingItems';
import { useI18n } from '../shared/i18n-context';

/** The portal's partner findings (lib/diagnose rules partner-domain-*), and the way to the Partner view. */
export function PartnerFindings({ findings, onOpen }: { findings: readonly Finding[]; onOpen?: () => void }) {
  const { t } = useI18n();
  return (
    <section class="detail-block" data-testid="account-findings" data-count={findings.length} aria-labelledby="account-findings-heading">
      <h3 id="account-findings-heading">{t('partner.findings.heading')}</h3>
      {findings.length === 0 ? <p class="muted">{t('ui.detail.noFindings')}</p> : <FindingItems findings={findings} />}
      {onOpen && <button type="button" data-testid="open-partner" onClick={onOpen}>{t('partner.findings.open')}</button>}
    </section>
  );
}
