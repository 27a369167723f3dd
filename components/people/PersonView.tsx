import { useEffect, useRef, useState } from 'preact/hooks';
import '../plan/plan.css';
import type { MessageKey } from '../../lib/i18n';
import { isSelf } from '../../lib/people/person-rules';
import { AuditLog } from '../plan/AuditLog';
import { PlanChecklist } from '../plan/PlanChecklist';
import { formatAge } from '../shared/age';
import { useI18n } from '../shared/i18n-context';
import { isModalOpen } from '../shared/modal-focus';
import { OffboardDialog } from './OffboardDialog';
import { LOGIN_SCOPE } from './PeopleListView';
import { PersonMailboxes } from './PersonMailboxes';
import { sendPeopleMessage } from './send';
import { useCheckWhileGuided, usePersonPlans } from './use-person-plans';
import type { PeopleData } from './use-people';

type SmallPlan = 'reactivate-person' | 'remove-me' | 'make-super-admin';

/**
 * One person: who they are in HubSpot, their mailboxes, what can be done (offboard, reactivate,
 * Make Super Admin, remove yourself), the plan that is doing it, and the audit log of the person
 * and their mailboxes. A region named by its heading, focused when it opens; Escape goes back.
 */
export function PersonView({ data, userId, onBack }: { data: PeopleData; userId: string; onBack(): void }) {
  const { t } = useI18n();
  const person = data.rows.find((row) => row.id === userId);
  const heading = useRef<HTMLHeadingElement>(null);
  const [offboarding, setOffboarding] = useState(false);
  const [notice, setNotice] = useState('');
  const { value } = usePersonPlans(person?.email ?? '', person?.mailboxes.map((m) => m.address) ?? []);
  const plan = value?.plans[0];
  useCheckWhileGuided(plan);
  // Never from under an open dialog (the offboarding dialog, a plan's confirmation).
  useEffect(() => {
    if (!isModalOpen()) heading.current?.focus();
  }, [userId]);
  if (!person) return <p class="empty" data-testid="person-unknown">{t('people.person.unknown')}</p>;
  const self = isSelf(person, data.self);
  const loginsReadable = data.portal?.scopes?.includes(LOGIN_SCOPE) === true;
  const running = plan?.status === 'running';
  const start = (kind: SmallPlan) => {
    setNotice(t('ui.plan.starting'));
    void sendPeopleMessage('people/plan-start', { userId: person.id, kind }).then(
      (answer) => setNotice('refused' in answer ? t(`people.refusal.${answer.refused}` as MessageKey) : ''),
      () => setNotice(t('people.failed')),
    );
  };
  const now = Date.now();
  return (
    <section class="person" role="region" aria-labelledby="person-heading" data-testid="person" data-user-id={person.id} data-status={person.status}
      onKeyDown={(e) => e.key === 'Escape' && !offboarding && onBack()}>
      <button type="button" data-testid="person-back" onClick={onBack}>{t('people.back')}</button>
      <h2 id="person-heading" ref={heading} tabIndex={-1}>{person.name}</h2>
      <dl class="person-facts">
        <dt>{t('people.person.email')}</dt><dd data-testid="person-email">{person.email}</dd>
        <dt>{t('people.filter.status')}</dt><dd data-testid="person-status">{t(`people.status.${person.status}`)}{person.superAdmin ? ` · ${t('people.superAdmin')}` : ''}</dd>
        <dt>{t('people.filter.role')}</dt><dd>{person.roles.join(', ') || '—'}</dd>
        <dt>{t('people.filter.team')}</dt><dd>{person.teams.join(', ') || '—'}</dd>
        <dt>{t('people.person.seats')}</dt><dd>{person.seats.join(', ') || '—'}</dd>
        <dt>{t('people.person.lastLogin')}</dt>
        <dd data-testid="person-last-login">{loginsReadable ? (person.lastLoginAt ? formatAge(person.lastLoginAt, now, t) : t('people.lastLoginNever')) : t('people.loginScopeMissing', { scope: LOGIN_SCOPE })}</dd>
      </dl>
      <h3>{t('people.person.mailboxes')}</h3>
      <PersonMailboxes mailboxes={person.mailboxes} />
      <div class="actions" data-testid="person-actions">
        {person.status !== 'removed' && !running && <button type="button" data-testid="person-offboard" onClick={() => setOffboarding(true)}>{t('people.person.offboard')}</button>}
        {person.status === 'deactivated' && !running && <button type="button" data-testid="person-reactivate" onClick={() => start('reactivate-person')}>{t('people.person.reactivate')}</button>}
        {person.status === 'active' && !person.superAdmin && !running && <button type="button" data-testid="person-make-super-admin" onClick={() => start('make-super-admin')}>{t('people.person.makeSuperAdmin')}</button>}
        {self && !running && <button type="button" data-testid="person-remove-me" onClick={() => start('remove-me')}>{t('people.person.removeMe')}</button>}
        <p role="status" data-testid="person-notice" class="muted">{notice}</p>
      </div>
      {plan && (
        <PlanChecklist plan={plan} checkAgain
          title={t(`people.plan.title.${plan.flow}` as MessageKey, { name: person.name })}
          statusText={t(`people.plan.status.${plan.status}`)} />
      )}
      <AuditLog entries={value?.audit ?? []} />
      {offboarding && <OffboardDialog people={[person]} onClose={() => setOffboarding(false)} />}
    </section>
  );
}
