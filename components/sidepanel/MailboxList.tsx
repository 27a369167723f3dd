import { useI18n } from '../shared/i18n-context';
import type { MailboxIndexRow } from '../shared/mailbox-index';
import { MailboxRow } from '../shared/MailboxRow';
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

/** The filtered, searchable list of mailboxes with a live count. */
export function MailboxList({ rows, filters, onFilters, onOpen, returnTo, now }: Props) {
  const { t } = useI18n();
  const shown = filterMailboxes(rows, filters);
  return (
    <>
      <MailboxFilterBar rows={rows} filters={filters} onChange={onFilters} />
      <p data-testid="mailbox-count" data-shown={shown.length} data-total={rows.length} role="status">
        {t('ui.list.count', { shownCount: shown.length, totalCount: rows.length })}
      </p>
      {shown.length === 0 ? (
        <p class="empty">{t('ui.list.noMatch')}</p>
      ) : (
        <ul class="mailboxes" aria-label={t('ui.list.label')}>
          {shown.map((m) => <MailboxRow key={m.address} mailbox={m} now={now} onOpen={onOpen} focusOnMount={m.address === returnTo} />)}
        </ul>
      )}
    </>
  );
}
