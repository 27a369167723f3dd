/**
 * The report as CSV (papaparse): one row per finding, verdict, failed sync and — for one
 * mailbox — timeline entry, so a spreadsheet can sort and filter them. Formula-looking cells are
 * escaped (a subject starting with "=" must not run in a sheet).
 */
import Papa from 'papaparse';
import type { HistoryReport } from './build';

const COLUMNS = ['kind', 'severity', 'subject', 'when', 'what', 'fix', 'source', 'how', 'where', 'requestIds', 'id'] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

export function reportCsv(report: HistoryReport): string {
  const rows: Row[] = [
    ...report.verdicts.map((v): Row => ({ kind: 'verdict', severity: v.severity, subject: v.subject, when: v.at ?? '', what: v.title, fix: v.fix, id: v.code })),
    ...report.findings.map((f): Row => ({ kind: 'finding', severity: f.severity, subject: f.subject, when: f.foundAt, what: f.title, fix: f.fix, how: f.evidenceText.join('\n'), id: f.id })),
    ...report.mailboxes.flatMap((mailbox) => [
      ...mailbox.sources.map((s): Row => ({ kind: 'source', subject: mailbox.address, what: s.text, source: s.source, id: s.state })),
      ...mailbox.timeline.map((e): Row => ({ kind: 'timeline', subject: mailbox.address, when: e.at, what: e.text, source: e.side, how: e.how, where: e.where ?? '', requestIds: (e.correlationIds ?? []).join(' ') })),
    ]),
    ...report.syncRuns.flatMap((run) => run.errors.map((error): Row => ({
      kind: 'sync-error', when: run.endedAt, what: error.message, source: error.service ?? '', how: error.kind, where: error.job, requestIds: error.correlationId ?? '', id: error.code ?? '',
    }))),
    ...report.environment.pageDrift.map((drift): Row => ({ kind: 'page-drift', when: drift.at, what: drift.missing.join(', '), where: `${drift.host} ${drift.page}` })),
  ];
  return Papa.unparse(rows.map((row) => Object.fromEntries(COLUMNS.map((column) => [column, row[column] ?? '']))), { columns: [...COLUMNS], escapeFormulae: true });
}
