import type { ClientAccessEntry } from '../../lib/partner/client-access';
import { clientAccessCsv } from '../../lib/partner/csv';
import type { Translate } from '../../lib/i18n';
import { useI18n } from '../shared/i18n-context';

const reasonText = (t: Translate) => (entry: ClientAccessEntry) => t(`partner.clientAccess.reason.${entry.reason}`);

/** Saves the list as a CSV file (formula-safe: lib/partner/csv.ts), in the user's language. */
function download(t: Translate, entries: readonly ClientAccessEntry[], portalId: number): void {
  const headers = {
    name: t('partner.clientAccess.col.name'),
    email: t('partner.clientAccess.col.email'),
    domain: t('partner.clientAccess.col.domain'),
    reason: t('partner.clientAccess.col.reason'),
  };
  // A byte-order mark, so spreadsheet programs read the names' accents as UTF-8.
  const blob = new Blob(['\uFEFF', clientAccessCsv(entries, headers, reasonText(t))], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `client-access-manager-${portalId}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Everyone outside the employee domain: to assign with the Client Access Manager, exportable as CSV. */
export function ClientAccessList({ entries, basis, portalId }: { entries: readonly ClientAccessEntry[]; basis: string | undefined; portalId: number }) {
  const { t } = useI18n();
  const intro = basis
    ? t('partner.clientAccess.intro', { count: entries.length, domain: basis })
    : t('partner.clientAccess.introShared', { count: entries.length });
  return (
    <section aria-labelledby="partner-access-heading" data-testid="client-access" data-count={entries.length}>
      <h3 id="partner-access-heading">{t('partner.clientAccess.heading')}</h3>
      {entries.length === 0 ? (
        basis && <p class="muted">{t('partner.clientAccess.none', { domain: basis })}</p>
      ) : (
        <>
          <p>{intro}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('partner.clientAccess.col.name')}</th>
                <th scope="col">{t('partner.clientAccess.col.email')}</th>
                <th scope="col">{t('partner.clientAccess.col.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.userId} data-testid="client-access-row" data-email={entry.email} data-reason={entry.reason}>
                  <td>{entry.name}</td>
                  <td class="where">{entry.email}</td>
                  <td>{reasonText(t)(entry)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" data-testid="client-access-download" onClick={() => download(t, entries, portalId)}>{t('partner.clientAccess.download')}</button>
        </>
      )}
    </section>
  );
}
