import { useEffect, useId, useRef } from 'preact/hooks';
import { formatAge } from '../shared/age';
import { HubSpotSide } from '../shared/HubSpotSide';
import { useI18n } from '../shared/i18n-context';
import { displayNameOf, type MailboxDetail } from '../shared/mailbox-detail';
import { ProviderSide } from '../shared/ProviderSide';
import { isModalOpen } from '../shared/modal-focus';
import { StatusPill } from '../shared/StatusPill';
import { DetailEvidence } from './DetailEvidence';
import { DetailFindings } from './DetailFindings';
import { DetailHistory } from './DetailHistory';
import { canUnlink } from '../plan/can-unlink';
import { PlanSection } from '../plan/PlanSection';
import { TimelineSection } from '../history/TimelineSection';

interface Props {
  detail: MailboxDetail;
  now: number;
  onBack: () => void;
}

/** One mailbox in the side panel: both sides, findings, the connection history, the evidence behind them and the observations. */
export function MailboxDetailView({ detail, now, onBack }: Props) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving focus to the heading tells keyboard and screen-reader users the view changed: once per
  // mailbox opened (a live re-read of the same one keeps this view), never from under an open dialog.
  useEffect(() => {
    if (!isModalOpen()) heading.current?.focus();
  }, [detail.address]);
  const { status, kind, checkedAt } = detail.verdict;
  const known = detail.facts.mailbox !== undefined || detail.facts.observations.length > 0 || detail.facts.channelAccounts.length > 0;
  return (
    <section
      class="detail"
      role="region"
      aria-labelledby={headingId}
      data-testid="mailbox-detail"
      data-address={detail.address}
      data-inboxlink-status={status}
      onKeyDown={(event) => event.key === 'Escape' && onBack()}
    >
      <button type="button" data-testid="detail-back" onClick={onBack}>← {t('ui.detail.back')}</button>
      <h2 id={headingId} ref={heading} tabIndex={-1} class="detail__address">{detail.address}</h2>
      <p><StatusPill status={status} /> {t(`status.${status}.explain`)}</p>
      {!known && <p class="muted">{t('ui.detail.notFound')}</p>}
      <p class="muted">
        {[
          t(`ui.kind.${kind}`),
          detail.facts.mailbox?.displayName,
          detail.owner ? t('ui.detail.owner', { name: displayNameOf(detail.owner) }) : undefined,
          checkedAt ? t('ui.checked', { age: formatAge(checkedAt, now, t) }) : undefined,
        ].filter(Boolean).join(' · ')}
      </p>
      <div class="sides">
        <HubSpotSide detail={detail} now={now} />
        <ProviderSide detail={detail} now={now} />
      </div>
      <PlanSection address={detail.address} provider={detail.facts.mailbox?.provider ?? 'unknown'} canStart={canUnlink(status)} />
      <DetailFindings findings={detail.findings} />
      <TimelineSection address={detail.address} now={now} />
      <DetailEvidence grants={detail.facts.grants} channelAccounts={detail.facts.channelAccounts} now={now} />
      <DetailHistory observations={detail.facts.observations} now={now} locale={locale} />
    </section>
  );
}
