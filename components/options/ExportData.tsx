import { useState } from 'preact/hooks';
import { buildExport } from '../../lib/auth/export';
import { repo } from '../../lib/store/repo';
import { useI18n } from '../shared/i18n-context';

/** Downloads the local cache as JSON (read straight from IndexedDB, credentials left out). */
export function ExportData() {
  const { t } = useI18n();
  const [error, setError] = useState<string | undefined>();
  const download = async () => {
    setError(undefined);
    try {
      const data = await buildExport(repo);
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `inboxlink-export-${data.exportedAt.slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked after the click has started the download.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(t('error.generic', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div>
      <p class="muted" id="export-note">{t('options.data.exportNote')}</p>
      <button type="button" aria-describedby="export-note" onClick={() => void download()}>{t('options.data.export')}</button>
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
