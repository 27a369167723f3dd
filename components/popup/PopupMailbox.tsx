import type { MailboxDetail } from '../shared/mailbox-detail';
import { formatAge } from '../shared/age';
import { HubSpotSide } from '../shared/HubSpotSide';
import { useI18n } from '../shared/i18n-context';
import { ProviderSide } from '../shared/ProviderSide';
import { StatusPill } from '../shared/StatusPill';

/** The mailbox of the current tab: its status, both sides with source and age, its findings. */
export function PopupMailbox({ detail, now }: { detail: MailboxDetail; now: number }) {
  const { t } = useI18n();
  const { status, kind, checkedAt } = detail.verdict;
  return (
    <section data-testid="popup-mailbox" data-address={detail.address} aria-labelledby="popup-mailbox-heading">
      <h2 id="popup-mailbox-heading">{t('ui.popup.tabMailbox')}</h2>
      <p class="mailbox-head">
        <span class="mailbox-row__address" data-testid="popup-address">{detail.address}</span> <StatusPill status={status} />
      </p>
      <p class="muted">
        {t(`ui.kind.${kind}`)}
        {checkedAt && <> · {t('ui.checked', { age: formatAge(checkedAt, now, t) })}</>}
      </p>
      <p>{t(`status.${status}.explain`)}</p>
      <div class="sides">
        <HubSpotSide detail={detail} now={now} />
        <ProviderSide detail={detail} now={now} />
      </div>
      <p data-testid="findings-count" data-count={detail.findings.length}>{t('ui.findings.count', { count: detail.findings.length })}</p>
    </section>
  );
}
