import type { DomainAssessment } from '../../lib/partner/assess';
import { useI18n } from '../shared/i18n-context';

/** Where the partner's people are: active users per email domain, shared ones marked. */
export function PartnerDistribution({ assessment, current }: { assessment: DomainAssessment; current: string | null }) {
  const { t } = useI18n();
  const { distribution, basis } = assessment;
  return (
    <section aria-labelledby="partner-distribution-heading" data-testid="partner-distribution">
      <h3 id="partner-distribution-heading">{t('partner.distribution.heading')}</h3>
      {distribution.total === 0 ? (
        <p class="muted">{t('partner.distribution.empty')}</p>
      ) : (
        <table>
          <caption class="muted">{t('partner.distribution.total', { count: distribution.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('partner.distribution.col.domain')}</th>
              <th scope="col">{t('partner.distribution.col.users')}</th>
              <th scope="col">{t('partner.distribution.col.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {distribution.domains.map((d) => (
              <tr key={d.domain} data-testid="partner-domain-row" data-domain={d.domain} data-users={d.users} data-shared={String(d.shared)}>
                <td>
                  {d.domain}
                  {d.domain === current && <> · {t('partner.distribution.current')}</>}
                  {d.domain === basis && d.domain !== current && <> · {t('partner.distribution.suggested')}</>}
                </td>
                <td>{d.users}</td>
                <td>{t(d.shared ? 'partner.distribution.shared' : 'partner.distribution.company')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
