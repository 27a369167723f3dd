import { assessPartnerDomain } from '../../lib/partner/assess';
import { currentDomain, domainChangers, partnerAccount } from '../../lib/partner/facts';
import { errorText } from '../../lib/i18n/error-text';
import { useI18n } from '../shared/i18n-context';
import { ClientAccessList } from './ClientAccessList';
import { settingsUrl } from './hubspot-words';
import { PartnerAudit } from './PartnerAudit';
import { PartnerChange } from './PartnerChange';
import { PartnerCurrent } from './PartnerCurrent';
import { PartnerDistribution } from './PartnerDistribution';
import { PartnerFindings } from './PartnerFindings';
import { PartnerSuggestion } from './PartnerSuggestion';
import { usePartner } from './use-partner';

/**
 * The partner employee domain (seeds 001, 004), for the side panel and the options page: the
 * domain the Automation page shows, its problems, where the employees are, the suggestion, the
 * guided change (Super Admins only), and who belongs in the Client Access Manager. Out of sight
 * for a portal whose settings have no Partner section; a short hint while that is not known.
 */
export function PartnerView({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const { data, error } = usePartner();
  if (error) return <p class="error" role="alert">{errorText(t, error)}</p>;
  if (!data) return <p aria-busy="true" />;
  const { facts } = data;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (!facts.portal) return null;
  const account = partnerAccount(facts);
  if (account === 'not-partner') return null;
  if (account === 'unknown') {
    return (
      <section data-testid="partner-view" data-account="unknown" aria-labelledby="partner-heading">
        <Heading id="partner-heading">{t('partner.title')}</Heading>
        <p class="muted">
          {t('partner.unknownAccount')}{' '}
          <a href={settingsUrl(facts.portal)} target="_blank" rel="noopener noreferrer" data-testid="partner-open-settings">{t('partner.openSettings')}</a>
        </p>
      </section>
    );
  }
  const now = Date.now();
  const current = currentDomain(facts);
  const assessment = assessPartnerDomain(current, facts.users, new Date(now).toISOString());
  const domain = current.seen ? current.domain : null;
  return (
    <section data-testid="partner-view" data-account="partner" aria-labelledby="partner-heading" class="partner-view">
      <Heading id="partner-heading">{t('partner.title')}</Heading>
      <p class="muted">{t('partner.intro')}</p>
      <PartnerFindings findings={data.findings} />
      <PartnerCurrent portal={facts.portal} current={current} assessment={assessment} now={now} />
      <PartnerSuggestion assessment={assessment} current={domain} />
      <PartnerChange current={domain} assessment={assessment} changers={domainChangers(facts)} plan={data.plan} />
      <PartnerDistribution assessment={assessment} current={domain} />
      <ClientAccessList entries={assessment.clientAccess} basis={assessment.basis} portalId={facts.portal.id} />
      <PartnerAudit entries={data.audit} />
    </section>
  );
}
