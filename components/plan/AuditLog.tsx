import type { AuditEntry } from '../../lib/model';
import { useI18n } from '../shared/i18n-context';
import { auditActionKey, auditActorKey, auditResultKey, isAccountActor } from './audit-labels';

/**
 * The mailbox's audit log, newest first: who did what, when, and with which result. Actor,
 * action and result are codes, shown translated; the detail (plan id, step id, outcome) is
 * data, rendered as text in the row's title. In a narrow side panel each entry stacks into a
 * small card (plan.css): words are never broken, only addresses may wrap anywhere.
 */
export function AuditLog({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, locale } = useI18n();
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <section data-testid="audit-log" data-count={entries.length} aria-labelledby="audit-log-heading">
      <h3 id="audit-log-heading">{t('ui.plan.audit')}</h3>
      {entries.length === 0 ? (
        <p class="muted">{t('ui.plan.auditEmpty')}</p>
      ) : (
        <table class="audit-log">
          <thead>
            <tr>
              <th scope="col">{t('ui.plan.auditTime')}</th>
              <th scope="col">{t('ui.plan.auditActor')}</th>
              <th scope="col">{t('ui.plan.auditAction')}</th>
              <th scope="col">{t('ui.plan.auditSubject')}</th>
              <th scope="col">{t('ui.plan.auditResult')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id ?? `${entry.at}-${entry.action}`} data-testid="audit-entry" data-action={entry.action} data-result={entry.result} title={entry.detail}>
                <td class="audit-log__time"><time dateTime={entry.at}>{time.format(new Date(entry.at))}</time></td>
                <td class={isAccountActor(entry.actor) ? 'audit-log__actor audit-log__address' : 'audit-log__actor'} data-actor={entry.actor}>{isAccountActor(entry.actor) ? entry.actor : t(auditActorKey(entry.actor))}</td>
                <td class="audit-log__action">{t(auditActionKey(entry.action))}</td>
                <td class="audit-log__subject audit-log__address">{entry.subject}</td>
                <td class="audit-log__result">{t(auditResultKey(entry))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
