import { useMemo } from 'preact/hooks';
import { useI18n } from '../shared/i18n-context';
import type { MailboxIndexRow } from '../shared/mailbox-index';
import { MailboxRow } from '../shared/MailboxRow';
import { VirtualList } from '../shared/VirtualList';
import { filterMailboxes, type MailboxFilters } from './filter-mailboxes';
import { MailboxFilterBar } from './MailboxFilterBar';

interface Props {
  rows: readonly MailboxIndexRow[];
  filters: MailboxFilters;
  onFilters: (filters: MailboxFilters) => void;
  onOpen: (address: string) => void;
  /** The address whose row takes focus (coming back from its detail). */
  returnTo?: string;
  now: number;
}

/** A row's height before it is measured: two lines of text and their padding (shared/base.css). */
const ROW_HEIGHT = 54;

/**
 * The filtered, searchable list of mailboxes with a live count. Thousands of mailboxes stay fast:
 * only the rows near the viewport are rendered (shared/VirtualList.tsx).
 */
export function MailboxList({ rows, filters, onFilters, onOpen, returnTo, now }: Props) {
  const { t } = useI18n();
  const shown = useMemo(() => filterMailboxes(rows, filters), [rows, filters]);
  return (
    <>
      <MailboxFilterBar rows={rows} filters={filters} onChange={onFilters} />
      <p data-testid="mailbox-count" data-shown={shown.length} data-total={rows.length} role="status">
        {t('ui.list.count', { shownCount: shown.length, totalCount: rows.length })}
      </p>
      {shown.length === 0 ? (
        <p class="empty">{t('ui.list.noMatch')}</p>
      ) : (
        <VirtualList
          items={shown}
          keyOf={(m) => m.address}
          label={t('ui.list.label')}
          estimateSize={ROW_HEIGHT}
          focusKey={returnTo}
          class="mailboxes"
          renderItem={(m, row) => <MailboxRow mailbox={m} now={now} onOpen={onOpen} listItem={row.item} tabbable={row.active} />}
        />
      )}
    </>
  );
}
