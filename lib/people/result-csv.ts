import Papa from 'papaparse';

/**
 * A result table as CSV for download. Cells a spreadsheet would run as a formula — starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return — get a leading `'` (OWASP's CSV-injection
 * advice), through papaparse's `escapeFormulae` with our own pattern: papaparse's default one
 * (`/^[=+\-@\t\r].*$/`) misses a cell whose text continues on another line.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  // A BOM so Excel reads the file as UTF-8 (names with å, ö, ł, ß …).
  return `\ufeff${Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { escapeFormulae: FORMULA_START, newline: '\r\n' })}`;
}
