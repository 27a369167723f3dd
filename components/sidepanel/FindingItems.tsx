import type { Finding } from '../../lib/model';
import { useI18n } from '../shared/i18n-context';
import { findingTextKeys } from './finding-text';

/**
 * Findings as a list: severity, title and the fix — the user's next step — as text. A code the
 * catalog does not know (written by a newer version) shows as the code rather than nothing.
 */
export function FindingItems({ findings }: { findings: readonly Finding[] }) {
  const { t } = useI18n();
  return (
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
  );
}
