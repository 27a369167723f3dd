/**
 * The report support staff export: every finding with its title, evidence (raw and in words) and
 * fix, plus counts of what the store knows, as JSON and as a CSV of the findings. Evidence in words
 * has its values translated and its times written by Intl in the reader's language and time zone
 * (./evidence-text.ts); `foundAt` and the raw evidence stay ISO for machines. It is built from
 * findings and counts only, never from credentials; anything that still looks like a token (a
 * bearer header, an OAuth parameter in a URL) is redacted on the way out as a second guard.
 */
import Papa from 'papaparse';
import { isMessageKey, type Params, type Translate } from '../i18n';
import type { Finding, Severity } from '../model';
import { evidenceText } from './evidence-text';
import type { DiagnoseSnapshot } from './snapshot';

export const REPORT_FORMAT = 'inboxlink-support-report/1';
const SEVERITY_ORDER: readonly Severity[] = ['critical', 'warning', 'info'];

export interface ReportFinding {
  id: string;
  code: string;
  severity: Severity;
  subject: string;
  title: string;
  fix: string;
  planFlow?: string;
  foundAt: string;
  evidence: string[];
  evidenceText: string[];
}

export interface SupportReport {
  format: typeof REPORT_FORMAT;
  summary: {
    addresses: number;
    users: Record<'active' | 'deactivated' | 'removed', number>;
    teamChannels: number;
    grants: Record<'present' | 'absent' | 'unknown', number>;
    findings: Record<Severity, number>;
  };
  findings: ReportFinding[];
}

/** Bearer headers (also percent-encoded, as evidence values are) and OAuth parameters in URLs. */
export function redactCredentials(text: string): string {
  return text
    .replace(/\bBearer(\s|%20)+[^\s@:&]+/gi, 'Bearer [redacted]')
    .replace(/\b(access_token|refresh_token|id_token|client_secret|code|token|assertion)=[^&\s#@]+/gi, '$1=[redacted]');
}

/** A finding's text, or the key itself when a code has no strings (never a crash in an export). */
function text(t: Translate, key: string, params?: Params): string {
  return isMessageKey(key) ? t(key, params) : key;
}

const count = <T extends string>(keys: readonly T[], values: readonly string[]): Record<T, number> =>
  Object.fromEntries(keys.map((key) => [key, values.filter((value) => value === key).length])) as Record<T, number>;

/** How the report writes times: the reader's time zone unless one is named (its short name is shown). */
export interface ReportOptions {
  timeZone?: string;
}

export function toReportFinding(finding: Finding, t: Translate, options: ReportOptions = {}): ReportFinding {
  const evidence = finding.evidence.map(redactCredentials);
  return {
    id: redactCredentials(finding.id),
    code: finding.code,
    severity: finding.severity,
    subject: redactCredentials(finding.subject),
    title: text(t, `finding.${finding.code}.title`),
    fix: text(t, `finding.${finding.code}.fix`),
    ...(finding.planFlow ? { planFlow: finding.planFlow } : {}),
    foundAt: finding.foundAt,
    evidence,
    evidenceText: evidence.map((raw) => evidenceText(t, raw, options.timeZone)),
  };
}

export function buildSupportReport(snapshot: DiagnoseSnapshot, findings: readonly Finding[], t: Translate, options: ReportOptions = {}): { json: SupportReport; csv: string } {
  const rows = [...findings]
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.code.localeCompare(b.code) || a.subject.localeCompare(b.subject))
    .map((finding) => toReportFinding(finding, t, options));
  const json: SupportReport = {
    format: REPORT_FORMAT,
    summary: {
      addresses: snapshot.byAddress.size,
      users: count(['active', 'deactivated', 'removed'], snapshot.crmUsers.map((user) => user.status)),
      teamChannels: snapshot.channelAccounts.filter((account) => account.address && !account.archived && !account.goneAt).length,
      grants: count(['present', 'absent', 'unknown'], snapshot.grants.map((grant) => grant.state)),
      findings: count(SEVERITY_ORDER, findings.map((finding) => finding.severity)),
    },
    findings: rows,
  };
  const csv = Papa.unparse(
    rows.map((row) => ({ ...row, planFlow: row.planFlow ?? '', evidence: row.evidence.join('\n'), evidenceText: row.evidenceText.join('\n') })),
    // A subject or evidence starting with "=" must not run as a formula when opened in a sheet.
    { columns: ['severity', 'code', 'subject', 'title', 'evidence', 'evidenceText', 'fix', 'planFlow', 'foundAt', 'id'], escapeFormulae: true },
  );
  return { json, csv };
}
