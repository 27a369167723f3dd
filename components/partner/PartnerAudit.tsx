import type { MessageKey } from '../../lib/i18n';
import type { AuditEntry } from '../../lib/model';
import { auditActionKey, auditResultKey } from '../plan/audit-labels';
import { useI18n } from '../shared/i18n-context';

/** The partner plan's own words where the unlink plan's would be wrong ("Unlinking started"). */
const PARTNER_ACTIONS: Readonly<Record<string, MessageKey>> = {
  'plan.start': 'partner.audit.plan.start',
  'plan.done': 'partner.audit.plan.done',
  'plan.cancel': 'partner.audit.plan.cancel',
};

/** Every action on the portal's partner settings, newest first: the audit log's entries for `partner:{portal}`. */
export function PartnerAudit({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useI18n();
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="partner-audit-heading" data-testid="partner-audit" data-count={entries.length}>
      <h3 id="partner-audit-heading">{t('partner.audit.heading')}</h3>
      <ol class="records">
        {entries.map((entry, index) => (
          <li key={entry.id ?? index} data-testid="partner-audit-entry" data-action={entry.action} data-result={entry.result}>
            <time dateTime={entry.at}>{new Intl.DateTimeFormat(t.locale, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(entry.at))}</time>{' '}
            {t(PARTNER_ACTIONS[entry.action] ?? (auditActionKey(entry.action) as MessageKey))} — {t(auditResultKey(entry) as MessageKey)}
          </li>
        ))}
      </ol>
    </section>
  );
}
