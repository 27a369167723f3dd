import type { CrmRole, CrmTeam } from '../../lib/model';
import { isPeopleFiltered, NO_PEOPLE_FILTERS, PEOPLE_SORTS, type PeopleFilters, type PeopleSort } from '../../lib/people/filter-people';
import { useI18n } from '../shared/i18n-context';

interface Props {
  filters: PeopleFilters;
  sort: PeopleSort;
  roles: readonly CrmRole[];
  teams: readonly CrmTeam[];
  onFilters(filters: PeopleFilters): void;
  onSort(sort: PeopleSort): void;
  /** While only the list's first screen is in: shown in place (nothing moves later), not yet usable. */
  disabled?: boolean;
}

/** Search, filters and sort of the People list; every control labelled. */
export function PeopleFilterBar({ filters, sort, roles, teams, onFilters, onSort, disabled = false }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<PeopleFilters>) => onFilters({ ...filters, ...patch });
  const select = (id: string, label: string, value: string, onChange: (value: string) => void, options: [string, string][]) => (
    <label class="filter" for={id}>
      {label}
      <select id={id} data-testid={id} disabled={disabled} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
  return (
    <div class="filters" role="search">
      <label class="filter" for="people-search">
        {t('people.search')}
        <input id="people-search" data-testid="people-search" type="search" disabled={disabled} value={filters.query} onInput={(e) => set({ query: (e.target as HTMLInputElement).value })} />
      </label>
      <fieldset>
        <legend class="visually-hidden">{t('people.filters')}</legend>
        {select('people-filter-status', t('people.filter.status'), filters.status, (status) => set({ status: status as PeopleFilters['status'] }), [
          ['', t('people.filter.all')], ['active', t('people.status.active')], ['deactivated', t('people.status.deactivated')], ['removed', t('people.status.removed')],
        ])}
        {select('people-filter-role', t('people.filter.role'), filters.role, (role) => set({ role }), [['', t('people.filter.all')], ...roles.map((r): [string, string] => [r.name, r.name])])}
        {select('people-filter-team', t('people.filter.team'), filters.team, (team) => set({ team }), [['', t('people.filter.all')], ...teams.map((tm): [string, string] => [tm.name, tm.name])])}
        {select('people-filter-super-admin', t('people.filter.superAdmin'), filters.superAdmin, (superAdmin) => set({ superAdmin: superAdmin as PeopleFilters['superAdmin'] }), [
          ['', t('people.filter.all')], ['yes', t('people.filter.yes')], ['no', t('people.filter.no')],
        ])}
        {select('people-filter-mailboxes', t('people.filter.mailboxes'), filters.mailboxes, (mailboxes) => set({ mailboxes: mailboxes as PeopleFilters['mailboxes'] }), [
          ['', t('people.filter.all')], ['linked', t('people.filter.linked')], ['leftovers', t('people.filter.leftovers')], ['none', t('people.filter.noMailbox')],
        ])}
        {select('people-sort', t('people.sort'), sort, (value) => onSort(value as PeopleSort), PEOPLE_SORTS.map((s): [string, string] => [s, t(`people.sort.${s}`)]))}
      </fieldset>
      {isPeopleFiltered(filters) && <button type="button" data-testid="people-filters-clear" onClick={() => onFilters(NO_PEOPLE_FILTERS)}>{t('people.filter.clear')}</button>}
    </div>
  );
}
