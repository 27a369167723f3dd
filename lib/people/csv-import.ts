import Papa from 'papaparse';
import { clip, type ImportEntry } from './entries';

/**
 * A CSV of users to add (seed 003: "a column Email with the addresses"), parsed with papaparse:
 * delimiter detected (`,` as Excel writes it in English, `;` as it does in German, Dutch, Swedish
 * and Polish, or tab), quoted fields (with commas, quotes and line breaks inside), a UTF-8 BOM.
 * The header is the first non-empty row; its email column is found case-insensitively under the
 * usual spellings of the five languages ("Email", "E-Mail-Adresse", "E-mailadres",
 * "E-postadress", "Adres e-mail", …). Each later non-empty row gives one entry, its line number
 * counting the header as line 1.
 */
export type CsvImport =
  | { ok: true; entries: ImportEntry[]; column: string; dataRows: number }
  | { ok: false; reason: 'empty' | 'no-email-column'; headers: string[] };

/** Header spellings, compared without case, accents, spaces, dots, hyphens and underscores. */
const EMAIL_HEADERS = new Set([
  'email', 'mail', 'emailaddress', 'emailadress', // en (and a frequent misspelling)
  'emailadresse', 'mailadresse', // de: E-Mail, E-Mail-Adresse
  'emailadres', 'mailadres', // nl: E-mail, E-mailadres
  'epost', 'epostadress', 'mejl', 'mejladress', // sv: E-post, E-postadress
  'adresemail', 'adrespocztyemail', 'adresmailowy', // pl: Adres e-mail
]);

export function headerKey(header: string): string {
  return header.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s._-]+/g, '');
}

export function isEmailHeader(header: string): boolean {
  return EMAIL_HEADERS.has(headerKey(header));
}

const isBlank = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');

export function parseUsersCsv(text: string): CsvImport {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The delimiter is guessed on the first rows without blank lines (a trailing one misleads the
  // guess), then the whole file is parsed with it, blank lines kept so line numbers stay true.
  const delimiter = Papa.parse<string[]>(content, { preview: 50, skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] }).meta.delimiter;
  const parsed = Papa.parse<string[]>(content, { header: false, skipEmptyLines: false, delimiter });
  const rows = parsed.data.map((row) => row.map((cell) => String(cell ?? '')));
  const headerAt = rows.findIndex((row) => !isBlank(row));
  if (headerAt < 0) return { ok: false, reason: 'empty', headers: [] };
  const headers = (rows[headerAt] ?? []).map((cell) => cell.trim());
  const column = headers.findIndex(isEmailHeader);
  if (column < 0) return { ok: false, reason: 'no-email-column', headers: headers.filter(Boolean) };
  const entries: ImportEntry[] = [];
  let dataRows = 0;
  rows.forEach((row, index) => {
    if (index <= headerAt || isBlank(row)) return;
    dataRows += 1;
    entries.push({ input: clip((row[column] ?? '').trim()), line: index + 1 });
  });
  return { ok: true, entries, column: headers[column] ?? '', dataRows };
}
