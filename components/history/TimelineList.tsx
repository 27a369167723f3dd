import { useState } from 'preact/hooks';
import { entryText, entryTime, howText, sideText } from '../../lib/history/present';
import type { TimelineEntry } from '../../lib/history/timeline';
import { useI18n } from '../shared/i18n-context';

interface Props {
  entries: readonly TimelineEntry[];
  now: string;
  /** Entries shown before "show more"; all when absent. */
  limit?: number;
}

/** Every fact, newest first: when, which side, what, and how we know it (and where). */
export function TimelineList({ entries, now, limit }: Props) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const shown = limit === undefined || expanded ? entries : entries.slice(0, limit);
  const hidden = entries.length - shown.length;
  return (
    <section class="detail-block" data-testid="timeline" data-count={entries.length} aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t('history.heading.timeline')}</h3>
      <ol class="timeline">
        {shown.map((entry) => (
          <li key={entry.id} class={`timeline__entry timeline__entry--${entry.tone}`} data-testid="timeline-entry" data-side={entry.side} data-kind={entry.kind} data-how={entry.how}>
            <time dateTime={entry.at}>{entryTime(entry, t, { now })}</time>
            <span class="timeline__what"><strong class="timeline__side">{sideText(entry.side, t)}</strong> <span data-testid="timeline-text">{entryText(entry, t)}</span></span>
            <span class="timeline__how muted">
              {howText(entry, t)}
              {entry.where && <> · <span class="where">{entry.where}</span></>}
              {entry.correlationIds?.length ? <> · <code>{entry.correlationIds.join(' ')}</code></> : null}
            </span>
          </li>
        ))}
      </ol>
      {hidden > 0 && <button type="button" data-testid="timeline-more" onClick={() => setExpanded(true)}>{t('history.showAll', { count: hidden })}</button>}
    </section>
  );
}
