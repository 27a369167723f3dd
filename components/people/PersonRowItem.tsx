import type { PersonRow } from '../../lib/people/person-index';
import { formatAge } from '../shared/age';
import { useI18n } from '../shared/i18n-context';
import { StatusPill } from '../shared/StatusPill';
import type { VirtualRowState } from '../shared/VirtualList';
import { worstStatus } from './mailbox-summary';

interface Props {
  person: PersonRow;
  row: VirtualRowState;
  selected: boolean;
  now: number;
  /** Whether last logins are readable (the token's scope); else the column says nothing per row. */
  loginsReadable: boolean;
  onSelect(userId: string, selected: boolean): void;
  onOpen(userId: string): void;
}

/** One HubSpot user: select, name (opens the person), address, status, roles and teams, last login, mailboxes. All user data as text. */
export function PersonRowItem({ person, row, selected, now, loginsReadable, onSelect, onOpen }: Props) {
  const { t } = useI18n();
  const { measureRef, ...placement } = row.item;
  const tab = row.active ? 0 : -1;
  const worst = worstStatus(person.mailboxes);
  const details = [
    person.roles.join(', '),
    person.teams.join(', '),
    person.seats.length ? t('people.seats', { seats: person.seats.join(', ') }) : undefined,
    loginsReadable ? (person.lastLoginAt ? t('people.lastLogin', { age: formatAge(person.lastLoginAt, now, t) }) : t('people.lastLoginNever')) : undefined,
  ].filter(Boolean);
  return (
    <li ref={measureRef} {...placement} class="person-row" data-testid="person-row" data-user-id={person.id} data-status={person.status} data-email={person.email}>
      <input type="checkbox" tabIndex={tab} checked={selected} aria-label={t('people.select', { name: person.name })} data-testid="person-select" onChange={(e) => onSelect(person.id, (e.target as HTMLInputElement).checked)} />
      <div class="person-row__who">
        <button type="button" tabIndex={tab} class="link-button person-row__name" data-testid="person-open" onClick={() => onOpen(person.id)}>{person.name}</button>
        <span class="person-row__email">{person.email}</span>
        <span class="person-row__meta">{details.join(' · ')}</span>
      </div>
      <div class="person-row__state">
        <span class={`person-status person-status--${person.status}`} data-testid="person-status">{t(`people.status.${person.status}`)}</span>
        {person.superAdmin && <span class="badge" data-testid="person-super-admin">{t('people.superAdmin')}</span>}
        {worst && (
          <span class="person-row__mailboxes" data-testid="person-mailboxes" data-count={person.mailboxes.length}>
            {t('people.mailboxCount', { count: person.mailboxes.length })} <StatusPill status={worst} />
          </span>
        )}
      </div>
    </li>
  );
}
