/**
 * Portal health, pure: mailboxes per status now, one count per local day, the last 30 days as a
 * series (a missing day stays missing, it is not invented), the top findings, and whether the
 * admin's alert is due (broken + half-unlinked above the share they set, at most once a day).
 */
import type { Finding, StatusSnapshot } from '../model';
import { LINK_STATUSES, type LinkStatus } from '../status/mailbox-status';

export type StatusCounts = StatusSnapshot['counts'];

export const CHART_DAYS = 30;
/** Daily counts kept: three months, a bounded store. */
export const KEEP_SNAPSHOT_DAYS = 90;
export const ALERT_EVERY_MS = 24 * 3_600_000;

export function countStatuses(rows: readonly { status: LinkStatus }[]): StatusCounts {
  const counts = Object.fromEntries(LINK_STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** YYYY-MM-DD of `date` in the runtime's time zone (the user's: the browser's). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last `days` local days up to `now`, oldest first, each with its snapshot when there is one. */
export function dailySeries(snapshots: readonly StatusSnapshot[], now: Date, days = CHART_DAYS): { day: string; snapshot?: StatusSnapshot }[] {
  const byDay = new Map(snapshots.map((snapshot) => [snapshot.day, snapshot]));
  const series: { day: string; snapshot?: StatusSnapshot }[] = [];
  for (let back = days - 1; back >= 0; back -= 1) {
    const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 12);
    const day = localDay(date);
    const snapshot = byDay.get(day);
    series.push(snapshot ? { day, snapshot } : { day });
  }
  return series;
}

export interface TopFinding {
  code: string;
  count: number;
  worst: Finding['severity'];
}

const RANK = { critical: 0, warning: 1, info: 2 } as const;

/** Finding codes by how many mailboxes they concern, most first (ties: the more severe). */
export function topFindings(findings: readonly Finding[], limit = 5): TopFinding[] {
  const byCode = new Map<string, TopFinding>();
  for (const finding of findings) {
    const top = byCode.get(finding.code) ?? { code: finding.code, count: 0, worst: finding.severity };
    top.count += 1;
    if (RANK[finding.severity] < RANK[top.worst]) top.worst = finding.severity;
    byCode.set(finding.code, top);
  }
  return [...byCode.values()].sort((a, b) => b.count - a.count || RANK[a.worst] - RANK[b.worst] || a.code.localeCompare(b.code)).slice(0, limit);
}

export interface AlertCheck {
  due: boolean;
  attention: number;
  total: number;
  share: number;
}

/**
 * Whether to notify: the alert is on (a percentage 1–100), broken + half-unlinked mailboxes are
 * above that share of all mailboxes, and the last alert is at least a day old.
 */
export function alertDue(counts: StatusCounts, percent: number | undefined, lastAlertAt: string | undefined, now: Date): AlertCheck {
  const total = LINK_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const attention = counts.broken + counts['half-unlinked'];
  const share = total === 0 ? 0 : attention / total;
  const on = typeof percent === 'number' && percent > 0 && percent <= 100;
  const rested = !lastAlertAt || now.getTime() - Date.parse(lastAlertAt) >= ALERT_EVERY_MS;
  return { due: on && total > 0 && share * 100 > percent! && rested, attention, total, share };
}
