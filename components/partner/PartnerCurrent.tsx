import type { CurrentDomain, PartnerPortal } from '../../lib/partner/facts';
import type { DomainAssessment } from '../../lib/partner/assess';
import { PARTNER_DOMAIN_STALE_DAYS } from '../../lib/partner/assess';
import { formatAge } from '../shared/age';
import { useI18n } from '../shared/i18n-context';
import { automationUrl } from './hubspot-words';

/** The employee domain as the Automation page last showed it, or "not seen yet" with the way there; its problems. */
export function PartnerCurrent({ portal, current, assessment, now }: { portal: PartnerPortal; current: CurrentDomain; assessment: DomainAssessment; now: number }) {
  const { t } = useI18n();
  const link = (
    <a data-testid="partner-open-automation" href={automationUrl(portal)} target="_blank" rel="noopener noreferrer">{t('partner.current.open')}</a>
  );
  return (
    <section aria-labelledby="partner-current-heading" data-testid="partner-current" data-seen={String(current.seen)}>
      <h3 id="partner-current-heading">{t('partner.current.heading')}</h3>
      {!current.seen ? (
        <>
          <p data-testid="partner-domain" data-domain="">{t('partner.current.notSeen')}</p>
          <p class="muted">{t('partner.current.notSeenHelp')} {link}</p>
        </>
      ) : (
        <>
          <p data-testid="partner-domain" data-domain={current.domain ?? ''}>
            <strong>{current.domain ?? t('partner.current.unset')}</strong>
          </p>
          <p class="muted">
            <time dateTime={current.at}>{t('partner.current.seen', { age: formatAge(current.at, now, t) })}</time> · {link}
          </p>
          <ul class="partner-problems">
            {assessment.problems.map((problem) => (
              <li key={problem} data-testid="partner-problem" data-problem={problem} class="error">
                {problem === 'shared' && t('partner.problem.shared', { domain: current.domain ?? '' })}
                {problem === 'unset' && t('partner.problem.unset')}
                {problem === 'stale' && t('partner.problem.stale', { count: PARTNER_DOMAIN_STALE_DAYS })}
                {problem === 'minority' && t('partner.problem.minority', { count: assessment.currentUsers, domain: current.domain ?? '' })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
