import { useEffect, useState } from 'preact/hooks';
import { verdictFor } from '../../lib/diagnose/facts';
import { sourceLines } from '../../lib/history/sources';
import { buildTimeline } from '../../lib/history/timeline';
import { verdictsFor } from '../../lib/history/verdicts';
import { useI18n } from '../shared/i18n-context';
import { StatusPill } from '../shared/StatusPill';
import { ReportActions } from './ReportActions';
import { SourceList } from './SourceList';
import { TimelineList } from './TimelineList';
import { useMailboxHistory } from './use-mailbox-history';
import { VerdictList } from './VerdictList';
import './history.css';

const MINUTE = 60_000;
/** Entries shown before "show more": a mailbox with a thousand facts still opens at once. */
const PAGE_ENTRIES = 100;

/** One mailbox's connection history for support, on a page of its own: every fact, all sources. */
export function HistoryPage({ address }: { address: string }) {
  const { t } = useI18n();
  const { history, error } = useMailboxHistory(address);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(timer);
  }, []);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!history) return <p aria-busy="true">{t('history.page.loading')}</p>;
  const iso = new Date(now).toISOString();
  const status = verdictFor(history.facts).status;
  return (
    <article data-testid="history-page" data-address={history.address} data-inboxlink-status={status}>
      <h1>{t('history.page.title')}</h1>
      <h2 class="detail__address">{history.address}</h2>
      <p><StatusPill status={status} /> {t(`status.${status}.explain`)}</p>
      <VerdictList verdicts={verdictsFor(history, iso)} now={iso} />
      <SourceList lines={sourceLines(history)} />
      <TimelineList entries={buildTimeline(history)} now={iso} limit={PAGE_ENTRIES} />
      <ReportActions address={history.address} />
    </article>
  );
}
