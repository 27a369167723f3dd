import { browser } from 'wxt/browser';
import { partnerAccount } from '../../lib/partner/facts';
import { usePartner } from '../partner/use-partner';
import { useI18n } from '../shared/i18n-context';

/**
 * The partner account's findings count (the employee domain: lib/diagnose partner-domain-*), with
 * the way to the Partner view in the options. Only for a portal whose settings have a Partner section.
 */
export function PopupPartnerCount() {
  const { t } = useI18n();
  const { data } = usePartner();
  if (!data || partnerAccount(data.facts) !== 'partner') return null;
  const count = data.findings.length;
  return (
    <p data-testid="partner-findings-count" data-count={count}>
      {t('partner.findings.count', { count })}{' '}
      <a href={browser.runtime.getURL('/options.html#partner')} target="_blank" rel="noopener noreferrer">{t('partner.openView')}</a>
    </p>
  );
}
