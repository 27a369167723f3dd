import { sourceLineText } from '../../lib/history/present';
import type { SourceLine } from '../../lib/history/sources';
import { useI18n } from '../shared/i18n-context';

/** What each source could tell about the mailbox; a source that could not be read says exactly why. */
export function SourceList({ lines }: { lines: readonly SourceLine[] }) {
  const { t } = useI18n();
  return (
    <section class="detail-block" data-testid="history-sources" aria-labelledby="history-sources-heading">
      <h3 id="history-sources-heading">{t('history.heading.sources')}</h3>
      <ul class="records">
        {lines.map((line) => (
          <li key={`${line.side}:${line.source}`} data-testid="history-source" data-source={line.source} data-state={line.state} class={line.state.startsWith('needs-') ? 'history-source--missing' : undefined}>
            {sourceLineText(line, t)}
          </li>
        ))}
      </ul>
    </section>
  );
}
