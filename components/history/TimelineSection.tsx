import { browser } from 'wxt/browser';
import { sourceLines } from '../../lib/history/sources';
import { buildTimeline } from '../../lib/history/timeline';
import { verdictsFor } from '../../lib/history/verdicts';
import { useI18n } from '../shared/i18n-context';
import { ReportActions } from './ReportActions';
import { SourceList } from './SourceList';
import { TimelineList } from './TimelineList';
import { useMailboxHistory } from './use-mailbox-history';
import { VerdictList } from './VerdictList';
import './history.css';

/** Timeline entries the side panel shows before "show more"; the full page shows them all. */
const PANEL_ENTRIES = 8;

export const supportPageUrl = (address?: string): string =>
  browser.runtime.getURL(`/support.html${address ? `?address=${encodeURIComponent(address)}` : ''}`);

/**
 * The connection history in a mailbox's detail: why it stopped (verdicts and their fixes), what
 * each source could tell, the newest facts of the timeline, the full page and the report.
 */
export function TimelineSection({ address, now }: { address: string; now: number }) {
  const { t } = useI18n();
  const { history, error } = useMailboxHistory(address);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!history) return <p aria-busy="true" />;
  const iso = new Date(now).toISOString();
  return (
    <section class="detail-block" data-testid="history-section" aria-labelledby="history-heading">
      <h3 id="history-heading">{t('history.title')}</h3>
      <VerdictList verdicts={verdictsFor(history, iso)} now={iso} />
      <SourceList lines={sourceLines(history)} />
      <TimelineList entries={buildTimeline(history)} now={iso} limit={PANEL_ENTRIES} />
      <p>
        <a href={supportPageUrl(address)} target="_blank" rel="noopener" data-testid="open-full-timeline">{t('history.openFull')}</a>
      </p>
      <ReportActions address={address} />
    </section>
  );
}
