import type { ComponentChildren } from 'preact';
import { useId, useMemo } from 'preact/hooks';
import { LINK_STATUSES } from '../../lib/status/mailbox-status';
import { useI18n } from '../shared/i18n-context';
import type { MailboxIndexRow } from '../shared/mailbox-index';
import { isFiltered, NO_FILTERS, NO_OWNER, ownerChoices, type MailboxFilters } from './filter-mailboxes';

const PROVIDERS = ['google', 'microsoft365', 'outlook', 'imap', 'unknown'] as const;
const KINDS = ['personal', 'team'] as const;

interface Props {
  rows: readonly MailboxIndexRow[];
  filters: MailboxFilters;
  onChange: (filters: MailboxFilters) => void;
}

/** Search and filters (provider, status, owner, kind), each a labelled native control. */
export function MailboxFilterBar({ rows, filters, onChange }: Props) {
  const { t } = useI18n();
  const searchId = useId();
  const set = (patch: Partial<MailboxFilters>) => onChange({ ...filters, ...patch });
  const owners = useMemo(() => ownerChoices(rows), [rows]);
  return (
    <form class="filters" role="search" data-testid="mailbox-filters" onSubmit={(event) => event.preventDefault()}>
      <label for={searchId}>{t('ui.filters.search')}</label>
      <input id={searchId} type="search" data-testid="mailbox-search" value={filters.query} onInput={(e) => set({ query: e.currentTarget.value })} />
      <fieldset>
        <legend class="visually-hidden">{t('ui.filters.legend')}</legend>
        <Select label={t('ui.filters.provider')} name="provider" value={filters.provider} onChange={(provider) => set({ provider })}>
          {PROVIDERS.map((p) => <option key={p} value={p}>{t(`provider.${p}`)}</option>)}
        </Select>
        <Select label={t('ui.filters.status')} name="status" value={filters.status} onChange={(status) => set({ status })}>
          {LINK_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </Select>
        <Select label={t('ui.filters.owner')} name="owner" value={filters.owner} onChange={(owner) => set({ owner })}>
          {owners.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          <option value={NO_OWNER}>{t('ui.filters.noOwner')}</option>
        </Select>
        <Select label={t('ui.filters.kind')} name="kind" value={filters.kind} onChange={(kind) => set({ kind })}>
          {KINDS.map((k) => <option key={k} value={k}>{t(`ui.kind.${k}`)}</option>)}
        </Select>
      </fieldset>
      {isFiltered(filters) && (
        <button type="button" data-testid="filters-clear" onClick={() => onChange(NO_FILTERS)}>{t('ui.filters.clear')}</button>
      )}
    </form>
  );
}

function Select({ label, name, value, onChange, children }: { label: string; name: string; value: string; onChange: (value: string) => void; children: ComponentChildren }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <span class="filter">
      <label for={id}>{label}</label>
      <select id={id} name={name} data-testid={`filter-${name}`} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('ui.filters.all')}</option>
        {children}
      </select>
    </span>
  );
}
