import type { DomainAssessment } from '../../lib/partner/assess';
import { useI18n } from '../shared/i18n-context';
import { listOf } from './hubspot-words';

/** The domain to enter (seed 001: the one most client-facing employees use), a tie, or why there is none. */
export function PartnerSuggestion({ assessment, current }: { assessment: DomainAssessment; current: string | null }) {
  const { t } = useI18n();
  const { suggestion } = assessment;
  return (
    <section aria-labelledby="partner-suggestion-heading" data-testid="partner-suggestion" data-kind={suggestion.kind} data-domain={suggestion.kind === 'domain' ? suggestion.domain : ''}>
      <h3 id="partner-suggestion-heading">{t('partner.suggestion.heading')}</h3>
      {suggestion.kind === 'domain' && (
        <p>{t(suggestion.domain === current ? 'partner.suggestion.keep' : 'partner.suggestion.domain', { domain: suggestion.domain })}</p>
      )}
      {suggestion.kind === 'tie' && <p>{t('partner.suggestion.tie', { domains: listOf(t, suggestion.domains) })}</p>}
      {suggestion.kind === 'none' && (
        <p>{suggestion.reason === 'all-shared' ? t('partner.suggestion.allShared') : t('partner.suggestion.noUsers')}</p>
      )}
      {assessment.additionalDomains.length > 0 && (
        <p data-testid="partner-additional">{t('partner.additional', { domains: listOf(t, assessment.additionalDomains) })}</p>
      )}
    </section>
  );
}
