import type { Finding } from '../../lib/model';
import { findingTextKeys } from '../sidepanel/finding-text';
import { useI18n } from '../shared/i18n-context';

/** The portal's partner findings (lib/diagnose rules partner-domain-*): severity, title, fix. */
export function PartnerFindings({ findings, onOpen }: { findings: readonly Finding[]; onOpen?: () => void }) {
  const { t } = useI18n();
  return (
    <section class="detail-block" data-testid="account-findings" data-count={findings.length} aria-labelledby="account-findings-heading">
      <h3 id="account-findings-heading">{t('partner.findings.heading')}</h3>
      {findings.length === 0 ? (
        <p class="muted">{t('ui.detail.noFindings')}</p>
      ) : (
        <ul class="records">
          {findings.map((finding) => {
            const keys = findingTextKeys(finding.code);
            return (
              <li key={finding.id} data-testid="finding" data-code={finding.code} data-severity={finding.severity}>
                <span class={`severity severity--${finding.severity}`}>{t(`ui.severity.${finding.severity}`)}</span>{' '}
                <span data-testid="finding-title">{keys ? t(keys.title) : finding.code}</span>
                {keys && (
                  <>
                    <br />
                    <span class="muted" data-testid="finding-fix">{t(keys.fix)}</span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {onOpen && <button type="button" data-testid="open-partner" onClick={onOpen}>{t('partner.findings.open')}</button>}
    </section>
  );
}
