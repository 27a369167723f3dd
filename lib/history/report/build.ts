/**
 * The support report with the connection history: lib/diagnose's report (every finding, counts)
 * plus the verdicts, for one mailbox its sources and timeline, the extension's version and
 * browser, the sync state, the failed syncs with HubSpot's correlationIds (and Graph's request
 * ids), and the page-drift reports. Built from store records in words of the user's language;
 * pure (./redact.ts applies the token guards, the background handler reads the store).
 */
import { buildSupportReport, type SupportReport } from '../../diagnose/report';
import type { Translate } from '../../i18n';
import type { SyncRun } from '../../model';
import { countStatuses, type StatusCounts } from '../health';
import { entryText, fixText, howText, sideText, sourceLineText, verdictTitle, type PresentOptions } from '../present';
import type { PortalHistory } from '../read';
import { sourceLines } from '../sources';
import { emptyFacts, makeMailboxHistory, type MailboxHistory } from '../snapshot';
import { buildTimeline } from '../timeline';
import { verdictsFor } from '../verdicts';
import { verdictFor } from '../../diagnose/facts';

export const HISTORY_REPORT_FORMAT = 'inboxlink-support-report/2';

export interface ReportEnvironment {
  extensionVersion: string;
  browser: string;
  locale: string;
  timeZone: string;
  sync: { state: string; lastCompletedAt?: string; lastError?: string };
  pageDrift: { page: string; host: string; missing: string[]; skeleton: string; at: string }[];
}

export interface ReportVerdict {
  subject: string;
  code: string;
  severity: string;
  at?: string;
  title: string;
  fix: string;
  fixKind: string;
}

export interface ReportTimelineEntry {
  at: string;
  side: string;
  how: string;
  where?: string;
  text: string;
  correlationIds?: string[];
}

export interface ReportMailbox {
  address: string;
  status: string;
  provider: string;
  verdicts: ReportVerdict[];
  sources: { source: string; state: string; text: string }[];
  timeline: ReportTimelineEntry[];
}

export interface HistoryReport {
  format: typeof HISTORY_REPORT_FORMAT;
  generatedAt: string;
  scope: { kind: 'portal' } | { kind: 'mailbox'; address: string };
  environment: ReportEnvironment;
  summary: SupportReport['summary'] & { statuses: StatusCounts };
  findings: SupportReport['findings'];
  verdicts: ReportVerdict[];
  mailboxes: ReportMailbox[];
  syncRuns: SyncRun[];
  correlationIds: string[];
}

export interface ReportRequest {
  portal: PortalHistory;
  /** One mailbox's report; the whole portal's when absent. */
  address?: string;
  environment: ReportEnvironment;
  t: Translate;
  options: PresentOptions;
}

function reportVerdicts(history: MailboxHistory, t: Translate, options: PresentOptions): ReportVerdict[] {
  return verdictsFor(history, options.now).map((verdict) => ({
    subject: verdict.subject,
    code: verdict.code,
    severity: verdict.severity,
    ...(verdict.at ? { at: verdict.at } : {}),
    title: verdictTitle(verdict, t, options),
    fix: fixText(verdict, t),
    fixKind: verdict.fix.kind,
  }));
}

export function mailboxSection(history: MailboxHistory, t: Translate, options: PresentOptions): ReportMailbox {
  return {
    address: history.address,
    status: verdictFor(history.facts).status,
    provider: history.provider,
    verdicts: reportVerdicts(history, t, options),
    sources: sourceLines(history).map((line) => ({ source: line.source, state: line.state, text: sourceLineText(line, t) })),
    timeline: buildTimeline(history).map((entry) => ({
      at: entry.at,
      side: sideText(entry.side, t),
      how: howText(entry, t),
      ...(entry.where ? { where: entry.where } : {}),
      text: entryText(entry, t),
      ...(entry.correlationIds ? { correlationIds: entry.correlationIds } : {}),
    })),
  };
}

export function buildHistoryReport({ portal, address, environment, t, options }: ReportRequest): HistoryReport {
  const found = address ? portal.histories.filter((history) => history.address === address) : portal.histories;
  // A mailbox nobody told us anything about still gets its section: every source says why it is silent.
  const scoped = address && found.length === 0 ? [makeMailboxHistory({ facts: emptyFacts(address), sources: portal.sources, runs: portal.runs })] : found;
  const findings = address ? portal.findings.filter((finding) => finding.subject === address) : portal.findings;
  const base = buildSupportReport(portal.snapshot, findings, t).json;
  const runs = [...portal.runs].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const correlationIds = [...new Set(runs.flatMap((run) => run.errors.map((error) => error.correlationId)).filter((id): id is string => Boolean(id)))];
  return {
    format: HISTORY_REPORT_FORMAT,
    generatedAt: options.now,
    scope: address ? { kind: 'mailbox', address } : { kind: 'portal' },
    environment,
    summary: { ...base.summary, statuses: countStatuses(portal.histories.filter((h) => h.facts.mailbox).map((h) => ({ status: verdictFor(h.facts).status }))) },
    findings: base.findings,
    verdicts: scoped.flatMap((history) => reportVerdicts(history, t, options)),
    mailboxes: address ? scoped.map((history) => mailboxSection(history, t, options)) : [],
    syncRuns: runs.filter((run) => run.errors.length > 0),
    correlationIds,
  };
}
