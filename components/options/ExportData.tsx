import { useState } from 'preact/hooks';
import { downloadText } from '../shared/download-text';
import { useI18n } from '../shared/i18n-context';
import { send } from './send';
import { errorText } from '../../lib/i18n/error-text';

/**
 * Downloads the local cache as JSON. The background builds the document (`data/export`): this page
 * never reads the credentials store, and the document carries no token.
 */
export function ExportData() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ file: string; count: number } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const download = async () => {
    setBusy(true);
    setSaved(undefined);
    setError(undefined);
    try {
      const data = await send('data/export', {});
      const file = `inboxlink-export-${data.exportedAt.slice(0, 10)}.json`;
      downloadText(file, JSON.stringify(data, null, 2), 'application/json');
      setSaved({ file, count: Object.values(data.stores).reduce((sum, records) => sum + records.length, 0) });
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="data-export">
      <p class="muted" id="export-note">{t('options.data.exportNote')}</p>
      <button type="button" aria-describedby="export-note" disabled={busy} onClick={() => void download()}>{t('options.data.export')}</button>
      {busy && <p role="status">{t('options.data.exporting')}</p>}
      {saved && <p role="status" data-testid="data-exported">{t('options.data.exported', { file: saved.file, count: saved.count })}</p>}
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
