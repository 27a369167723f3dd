import { useMemo, useState } from 'preact/hooks';
import type { ImportSettings } from '../../lib/model';
import { parseUsersCsv } from '../../lib/people/csv-import';
import type { ImportEntry } from '../../lib/people/entries';
import { MAX_IMPORT_ENTRIES } from '../../lib/people/entries';
import { previewImport } from '../../lib/people/import-preview';
import { entriesFromTypedText } from '../../lib/people/typed-addresses';
import { useI18n } from '../shared/i18n-context';
import { ImportSettingsForm } from './ImportSettingsForm';
import { PreviewList } from './PreviewList';
import { sendPeopleMessage } from './send';
import type { PeopleData } from './use-people';

type Source = { kind: 'typed'; text: string } | { kind: 'csv'; fileName: string; entries: ImportEntry[] };

/**
 * Adding users: addresses typed or pasted, or a CSV with an Email column (any number of rows:
 * HubSpot's own import stops at 100). A preview says what will happen to every row before
 * anything is created; then the role, teams and welcome email, and one create per user in the
 * background (the import's own page shows it happening).
 */
export function AddUsersView({ data, onStarted }: { data: PeopleData; onStarted(importId: string): void }) {
  const { t } = useI18n();
  const [source, setSource] = useState<Source>({ kind: 'typed', text: '' });
  const [fileError, setFileError] = useState('');
  const [settings, setSettings] = useState<ImportSettings>({ secondaryTeamIds: [], sendWelcomeEmail: true });
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const entries = useMemo(() => (source.kind === 'typed' ? entriesFromTypedText(source.text) : source.entries), [source]);
  const preview = useMemo(() => previewImport(entries, { users: data.users, ...(data.partnerDomain ? { partnerDomain: data.partnerDomain } : {}) }), [entries, data.users, data.partnerDomain]);
  const tooMany = entries.length > MAX_IMPORT_ENTRIES;

  const readFile = async (file: File | undefined) => {
    setFileError('');
    if (!file) return;
    const parsed = parseUsersCsv(await file.text());
    if (!parsed.ok) {
      setFileError(parsed.reason === 'empty' ? t('people.add.csvEmpty') : t('people.add.csvNoEmail', { headers: parsed.headers.join(', ') || '—' }));
      return;
    }
    setSource({ kind: 'csv', fileName: file.name, entries: parsed.entries });
  };
  const reactivate = (userId: string) =>
    void sendPeopleMessage('people/plan-start', { userId, kind: 'reactivate-person' }).then(
      (answer) => setNotice('refused' in answer ? t(`people.refusal.${answer.refused}`) : t('people.add.reactivationStarted')),
      () => setNotice(t('people.failed')),
    );
  const create = () => {
    setBusy(true);
    setNotice('');
    const request = source.kind === 'csv'
      ? { source: 'csv' as const, fileName: source.fileName.slice(0, 200), entries, settings }
      : { source: 'typed' as const, entries, settings };
    void sendPeopleMessage('people/import-start', request)
      .then((answer) => ('importId' in answer ? onStarted(answer.importId) : setNotice(t(`people.import.refused.${answer.refused}`))), () => setNotice(t('people.failed')))
      .finally(() => setBusy(false));
  };

  return (
    <section class="add-users" aria-labelledby="add-heading" data-testid="add-users">
      <h2 id="add-heading">{t('people.nav.add')}</h2>
      <label class="filter" for="add-typed">
        {t('people.add.typed')}
        <textarea id="add-typed" data-testid="add-typed" rows={4} value={source.kind === 'typed' ? source.text : ''}
          onInput={(e) => setSource({ kind: 'typed', text: (e.target as HTMLTextAreaElement).value })} />
      </label>
      <p class="muted">{t('people.add.typedHint')}</p>
      <label class="filter" for="add-csv">
        {t('people.add.csv')}
        <input id="add-csv" data-testid="add-csv" type="file" accept=".csv,text/csv" onChange={(e) => void readFile((e.target as HTMLInputElement).files?.[0])} />
      </label>
      <p class="muted">{t('people.add.csvHint')}</p>
      {fileError && <p class="error" role="alert" data-testid="add-csv-error">{fileError}</p>}
      {source.kind === 'csv' && <p data-testid="add-csv-file">{t('people.add.csvRead', { file: source.fileName, count: entries.length })}</p>}
      {entries.length > 0 && (
        <>
          <h3>{t('people.add.preview')}</h3>
          <p data-testid="preview-counts" role="status"
            data-pending={preview.counts.pending} data-invalid={preview.counts.invalid} data-duplicate={preview.counts.duplicate} data-existing={preview.counts.existing} data-reactivate={preview.counts.reactivate}>
            {t('people.add.counts', { ...preview.counts, total: entries.length })}
          </p>
          {data.partnerDomain && <p class="muted" data-testid="preview-partner">{t('people.add.partnerDomain', { domain: data.partnerDomain })}</p>}
          <PreviewList rows={preview.rows} onReactivate={reactivate} />
          <ImportSettingsForm settings={settings} roles={data.roles} teams={data.teams} onChange={setSettings} />
          {tooMany && <p class="error" role="alert">{t('people.add.tooMany', { count: MAX_IMPORT_ENTRIES })}</p>}
          <div class="actions">
            <button type="button" data-testid="import-start" disabled={busy || tooMany || preview.counts.pending === 0} onClick={create}>
              {t('people.add.create', { count: preview.counts.pending })}
            </button>
          </div>
        </>
      )}
      <p role="status" class="muted" data-testid="add-notice">{notice}</p>
    </section>
  );
}
