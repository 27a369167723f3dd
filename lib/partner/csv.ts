/**
 * The Client Access Manager list as CSV (papaparse). Formula-safe: a cell starting with =, +, -,
 * @, a tab or a carriage return is prefixed with ' so a spreadsheet shows it as text. papaparse's
 * own `escapeFormulae: true` tests /^[=+\-@\t\r].*$/, which misses a cell with a line break after
 * the first line; this pattern looks at the first character only.
 */
import Papa from 'papaparse';
import type { ClientAccessEntry } from './client-access';

const FORMULA_START = /^[=+\-@\t\r]/;

export interface ClientAccessCsvHeaders {
  name: string;
  email: string;
  domain: string;
  reason: string;
}

export function clientAccessCsv(
  entries: readonly ClientAccessEntry[],
  headers: ClientAccessCsvHeaders,
  reasonText: (entry: ClientAccessEntry) => string,
): string {
  const rows = entries.map((entry) => [entry.name, entry.email, entry.domain, reasonText(entry)]);
  return Papa.unparse({ fields: [headers.name, headers.email, headers.domain, headers.reason], data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
