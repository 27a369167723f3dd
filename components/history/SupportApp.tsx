import { useEffect } from 'preact/hooks';
import { useI18n } from '../shared/i18n-context';
import { HistoryPage } from './HistoryPage';
import { PortalHealth } from './PortalHealth';

/** The mailbox `support.html?address=` asks for, if any. */
export const supportAddress = (): string | undefined => new URLSearchParams(location.search).get('address') ?? undefined;

/**
 * The support page: `support.html?address=<mailbox>` is one mailbox's full connection history;
 * `support.html` alone is the portal's health (chart, top findings, portal report, alert).
 */
export function SupportApp() {
  const { t } = useI18n();
  const address = supportAddress();
  useEffect(() => {
    document.title = `${address ? t('history.page.title') : t('health.title')} · Inboxlink`;
  }, [address, t]);
  return <main class="support-page" data-testid="support" data-view={address ? 'mailbox' : 'portal'}>{address ? <HistoryPage address={address} /> : <PortalHealth />}</main>;
}
