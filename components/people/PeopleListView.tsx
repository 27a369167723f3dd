import { useMemo, useState } from 'preact/hooks';
import { filterPeople, NO_PEOPLE_FILTERS, sortPeople, type PeopleFilters, type PeopleSort } from '../../lib/people/filter-people';
import { useI18n } from '../shared/i18n-context';
import { VirtualList } from '../shared/VirtualList';
import { OffboardDialog } from './OffboardDialog';
import { PeopleFilterBar } from './PeopleFilterBar';
import { PersonRowItem } from './PersonRowItem';
import type { PeopleData } from './use-people';

/** A row's height before it is measured: three lines and their padding (people.css). */
const ROW_HEIGHT = 64;
export const LOGIN_SCOPE = 'account-info.security.read';

interface Props {
  data: PeopleData;
  onOpen(userId: string): void;
}

/**
 * Every HubSpot user, searchable, filterable and sortable; 10,000 users stay smooth (only the
 * rows near the viewport exist, shared/VirtualList.tsx). Several can be selected and offboarded
 * at once: one plan per person.
 */
export function PeopleListView({ data, onOpen }: Props) {
  const { t, locale } = useI18n();
  const [filters, setFilters] = useState<PeopleFilters>(NO_PEOPLE_FILTERS);
  const [sort, setSort] = useState<PeopleSort>('name');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [offboarding, setOffboarding] = useState(false);
  const sorted = useMemo(() => sortPeople(data.rows, sort, locale), [data.rows, sort, locale]);
  const shown = useMemo(() => filterPeople(sorted, filters), [sorted, filters]);
  const loginsReadable = data.portal?.scopes?.includes(LOGIN_SCOPE) === true;
  const now = Date.now();
  const select = (userId: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(userId);
    else next.delete(userId);
    setSelected(next);
  };
  const chosen = data.rows.filter((row) => selected.has(row.id));
  return (
    <section aria-labelledby="people-list-heading">
      <h2 id="people-list-heading" class="visually-hidden">{t('people.nav.list')}</h2>
      {data.rows.length === 0 ? (
        <p class="empty" data-testid="people-empty">{t('people.empty')}</p>
      ) : (
        <>
          <PeopleFilterBar filters={filters} sort={sort} roles={data.roles} teams={data.teams} onFilters={setFilters} onSort={setSort} disabled={data.partial} />
          {data.portal && !loginsReadable && <p class="muted" data-testid="people-login-scope">{t('people.loginScopeMissing', { scope: LOGIN_SCOPE })}</p>}
          {data.partial ? (
            // Only the remembered first screen so far: no count until every user is read.
            <p data-testid="people-loading" role="status">{t('people.loadingRest')}</p>
          ) : (
            <p data-testid="people-count" data-shown={shown.length} data-total={data.rows.length} role="status">{t('people.count', { shown: shown.length, total: data.rows.length })}</p>
          )}
          <div class="actions">
            <button type="button" data-testid="people-offboard-selected" disabled={chosen.length === 0 || data.partial} onClick={() => setOffboarding(true)}>
              {t('people.offboardSelected', { count: chosen.length })}
            </button>
            {chosen.length > 0 && <button type="button" data-testid="people-select-none" onClick={() => setSelected(new Set())}>{t('people.selectNone')}</button>}
          </div>
          {shown.length === 0 ? (
            <p class="empty">{t('people.noMatch')}</p>
          ) : (
            <VirtualList
              items={shown}
              keyOf={(person) => person.id}
              label={t('people.listLabel')}
              estimateSize={ROW_HEIGHT}
              class="people"
              renderItem={(person, row) => (
                <PersonRowItem person={person} row={row} selected={selected.has(person.id)} now={now} loginsReadable={loginsReadable} onSelect={select} onOpen={onOpen} />
              )}
            />
          )}
        </>
      )}
      {offboarding && (
        <OffboardDialog
          people={chosen}
          onClose={(outcomes) => {
            setOffboarding(false);
            // Started plans live on each person's page; the selection has done its job.
            if (outcomes) setSelected(new Set());
          }}
        />
      )}
    </section>
  );
}
