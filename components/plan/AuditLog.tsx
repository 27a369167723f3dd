import type { AuditEntry } from '../../lib/model';
import { useI18n } from '../shared/i18n-context';
import { auditActionKey, auditActorKey, auditResultKey, isAccountActor } from './audit-labels';

/**
 * The mailbox's audit log, newest first: who did what, when, and with which result. Actor,
 * action and result are codes, shown translated; the detail (plan id, step id, outcome) is
 * data, rendered as text in the row's title.
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
                <td><time dateTime={entry.at}>{time.format(new Date(entry.at))}</time></td>
                <td data-actor={entry.actor}>{isAccountActor(entry.actor) ? entry.actor : t(auditActorKey(entry.actor))}</td>
                <td>{t(auditActionKey(entry.action))}</td>
                <td>{entry.subject}</td>
                <td>{t(auditResultKey(entry.result))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
