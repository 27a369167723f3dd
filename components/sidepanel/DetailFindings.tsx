import type { Finding } from '../../lib/model';
import { en } from '../../lib/i18n/locales/en';
import type { MessageKey } from '../../lib/i18n';
import { useI18n } from '../shared/i18n-context';

/** A finding's title from the findings catalog when it has one, else its code. */
function titleKey(code: string): MessageKey | undefined {
  const key = `findings.${code}.title`;
  return Object.prototype.hasOwnProperty.call(en, key) ? (key as MessageKey) : undefined;
}

/** The diagnoses about this mailbox (written by lib/diagnose into the `findings` store). */
export function DetailFindings({ findings }: { findings: readonly Finding[] }) {
  const { t } = useI18n();
  return (
    <section class="detail-block" data-testid="detail-findings" data-count={findings.length}>
      <h3>{t('ui.detail.findings')}</h3>
      {findings.length === 0 ? (
        <p class="muted">{t('ui.detail.noFindings')}</p>
      ) : (
        <ul class="records">
          {findings.map((finding) => {
            const key = titleKey(finding.code);
            return (
              <li key={finding.id} data-testid="finding" data-code={finding.code} data-severity={finding.severity}>
                <span class={`severity severity--${finding.severity}`}>{t(`ui.severity.${finding.severity}`)}</span> {key ? t(key) : finding.code}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
