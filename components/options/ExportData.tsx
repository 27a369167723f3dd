import { useState } from 'preact/hooks';
import { useI18n } from '../shared/i18n-context';
import { send } from './send';
import { errorText } from '../../lib/i18n/error-text';

/** Keeps the blob alive until the browser has started the download the click asked for. */
const REVOKE_AFTER_MS = 10_000;

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
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
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
