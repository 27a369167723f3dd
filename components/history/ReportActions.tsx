import { useState } from 'preact/hooks';
import { errorText } from '../../lib/i18n/error-text';
import { sendPlanMessage as send } from '../plan/send';
import { downloadText } from '../shared/download-text';
import { useI18n } from '../shared/i18n-context';

type Format = 'json' | 'csv' | 'html';
const TYPES: Record<Format, string> = { json: 'application/json', csv: 'text/csv;charset=utf-8', html: 'text/html;charset=utf-8' };

/**
 * The support report of one mailbox (or, without `address`, of the whole portal): JSON, CSV and a
 * printable HTML page to download, and "Copy for support", a short text on the clipboard. The
 * background builds it (`support/report`): this page never reads a credential, and the report
 * is redacted and leak-checked there.
 */
export function ReportActions({ address }: { address?: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | undefined>();
  const report = () => send('support/report', address ? { address } : {});
  const save = async (format: Format) => {
    setBusy(true);
    setNotice(undefined);
    try {
      const files = await report();
      const file = `${files.fileBase}.${format}`;
      downloadText(file, files[format], TYPES[format]);
      setNotice({ text: t('history.download.saved', { file }) });
    } catch (e) {
      setNotice({ text: t('history.download.failed', { message: errorText(t, e) }), error: true });
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    setBusy(true);
    setNotice(undefined);
    try {
      const { text } = await report();
      await navigator.clipboard.writeText(text);
      setNotice({ text: t('history.copied') });
    } catch {
      setNotice({ text: t('history.copyFailed'), error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="actions" data-testid="report-actions" data-scope={address ? 'mailbox' : 'portal'}>
      <button type="button" data-testid="copy-for-support" disabled={busy} onClick={() => void copy()}>{t('history.copy')}</button>
      <button type="button" data-testid="report-json" disabled={busy} onClick={() => void save('json')}>{t('history.download.json')}</button>
      <button type="button" data-testid="report-csv" disabled={busy} onClick={() => void save('csv')}>{t('history.download.csv')}</button>
      <button type="button" data-testid="report-html" disabled={busy} onClick={() => void save('html')}>{t('history.download.html')}</button>
      <p role="status" data-testid="report-notice" class={notice?.error ? 'error' : 'muted'}>{notice?.text ?? ''}</p>
    </div>
  );
}
