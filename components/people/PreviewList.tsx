import type { MessageKey } from '../../lib/i18n';
import type { PreviewRow } from '../../lib/people/import-preview';
import { useI18n } from '../shared/i18n-context';
import { VirtualList } from '../shared/VirtualList';

const ROW_HEIGHT = 40;

/** What will happen to every input, before anything is created; a deactivated user offers reactivation instead of a second account. */
export function PreviewList({ rows, onReactivate }: { rows: readonly PreviewRow[]; onReactivate(userId: string): void }) {
  const { t } = useI18n();
  return (
    <VirtualList
      items={rows}
      keyOf={(row) => String(row.index)}
      label={t('people.add.previewLabel')}
      estimateSize={ROW_HEIGHT}
      class="import-rows"
      renderItem={(row, state) => {
        const { measureRef, ...placement } = state.item;
        return (
          <li ref={measureRef} {...placement} class="import-row" data-testid="preview-row" data-verdict={row.verdict} data-line={row.line} data-partner={row.partner}>
            <span class="import-row__line">{t('people.add.line', { line: row.line })}</span>
            <span class="import-row__input" tabIndex={state.active && row.verdict !== 'reactivate' ? 0 : -1}>{row.input || '—'}</span>
            <span class="import-row__verdict">
              {t(`people.row.${row.verdict}` as MessageKey, { line: (row.duplicateOf ?? 0) + 1 })}
              {row.partner && ` · ${t(`people.partner.${row.partner}`)}`}
            </span>
            {row.verdict === 'reactivate' && row.userId && (
              <button type="button" tabIndex={state.active ? 0 : -1} data-testid="preview-reactivate" onClick={() => onReactivate(row.userId!)}>{t('people.person.reactivate')}</button>
            )}
          </li>
        );
      }}
    />
  );
}
