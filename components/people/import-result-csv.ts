import type { ImportRow } from '../../lib/model';
import type { Translate } from '../../lib/i18n';
import { toCsv } from '../../lib/people/result-csv';

/** The result table as CSV, in the user's language; every cell formula-safe (lib/people/result-csv.ts). */
export function importResultCsv(rows: readonly ImportRow[], t: Translate): string {
  const header = [t('people.csv.row'), t('people.csv.input'), t('people.csv.address'), t('people.csv.result'), t('people.csv.userId'), t('people.csv.note')];
  return toCsv(header, rows.map((row) => [
    row.index + 1,
    row.input,
    row.address ?? '',
    t(`people.row.${row.state}`, { line: (row.duplicateOf ?? 0) + 1 }),
    row.userId ?? '',
    row.error ?? (row.verifiedBy === 'lookup' ? t('people.import.foundByLookup') : ''),
  ]));
}

/** Hands the CSV to the browser's download (a Blob URL on an anchor; nothing leaves the machine). */
export function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
