/**
 * The token guards of the local data export (lib/auth/export.ts), applied to every form of the
 * support report: any stored token and anything token-shaped is redacted, then each output is
 * searched once more for every stored token — a report that still holds one is refused, never
 * handed out. The report is built from records that carry no credential; this is the second line.
 */
import { ExportLeakError, redactText } from '../../auth/export';

export interface ReportFiles {
  json: string;
  csv: string;
  html: string;
  text: string;
}

export function guardReport(files: ReportFiles, secrets: ReadonlySet<string>): ReportFiles {
  const guarded: ReportFiles = {
    json: JSON.stringify(JSON.parse(files.json, (_key, value: unknown) => (typeof value === 'string' ? redactText(value, secrets) : value)), null, 2),
    csv: redactText(files.csv, secrets),
    html: redactText(files.html, secrets),
    text: redactText(files.text, secrets),
  };
  for (const output of Object.values(guarded)) {
    if ([...secrets].some((secret) => output.includes(secret))) throw new ExportLeakError('the support report still holds a stored token; nothing was handed out');
  }
  return guarded;
}
