/**
 * The report as one self-contained HTML page that reads well on screen and prints well (A4,
 * black on white, tables that do not break inside a row). Built as a string in the background
 * (no DOM there); every value is escaped, none is markup. No script, no external resource.
 */
import type { Translate } from '../../i18n';
import { formatDateTime } from '../dates';
import type { PresentOptions } from '../present';
import type { HistoryReport, ReportMailbox } from './build';

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#111;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.75rem 0 .5rem;border-bottom:1px solid #bbb}
h3{font-size:1rem;margin:1.25rem 0 .4rem}p.meta{color:#444;margin:.1rem 0}
table{border-collapse:collapse;width:100%;margin:.25rem 0 1rem}th,td{text-align:left;vertical-align:top;padding:.3rem .45rem;border-bottom:1px solid #ddd}
th{font-weight:600;background:#f2f2f2}td.when{white-space:nowrap}code,.id{font-family:ui-monospace,monospace;font-size:.9em;word-break:break-all}
.critical{color:#a1160a;font-weight:600}.warning{color:#7a4a00;font-weight:600}
@page{size:A4;margin:16mm}
@media print{body{margin:0;max-width:none;font-size:11pt}th{background:none}tr,li{break-inside:avoid}h2,h3{break-after:avoid}}`;

function table(headers: readonly string[], rows: readonly (readonly string[])[], classes: readonly string[] = []): string {
  const head = `<tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell, i) => `<td${classes[i] ? ` class="${classes[i]}"` : ''}>${cell}</td>`).join('')}</tr>`).join('');
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function mailboxHtml(mailbox: ReportMailbox, t: Translate, options: PresentOptions): string {
  const when = (iso: string) => escapeHtml(formatDateTime(iso, t.locale, options));
  const sources = `<ul>${mailbox.sources.map((s) => `<li>${escapeHtml(s.text)}</li>`).join('')}</ul>`;
  const timeline = table(
    [t('report.column.when'), t('report.column.side'), t('report.column.what'), t('report.column.how')],
    mailbox.timeline.map((e) => [when(e.at), escapeHtml(e.side), escapeHtml(e.text) + (e.correlationIds?.length ? ` <span class="id">${escapeHtml(e.correlationIds.join(' '))}</span>` : ''), escapeHtml(e.how) + (e.where ? `<br><span class="id">${escapeHtml(e.where)}</span>` : '')]),
    ['when'],
  );
  return `<h2>${escapeHtml(t('report.scope.mailbox', { address: mailbox.address }))}</h2>
<h3>${escapeHtml(t('history.heading.sources'))}</h3>${sources}
<h3>${escapeHtml(t('history.heading.timeline'))}</h3>${timeline}`;
}

export function reportHtml(report: HistoryReport, t: Translate, options: PresentOptions): string {
  const when = (iso: string) => escapeHtml(formatDateTime(iso, t.locale, options));
  const env = report.environment;
  const sync = env.sync.lastCompletedAt ? t('report.sync', { state: env.sync.state, time: formatDateTime(env.sync.lastCompletedAt, t.locale, options) }) : t('report.syncNever', { state: env.sync.state });
  const scope = report.scope.kind === 'portal' ? t('report.scope.portal') : t('report.scope.mailbox', { address: report.scope.address });
  const verdicts = report.verdicts.length
    ? table([t('report.column.severity'), t('report.column.subject'), t('report.column.what'), t('report.column.fix')],
      report.verdicts.map((v) => [`<span class="${escapeHtml(v.severity)}">${escapeHtml(t(`finding.severity.${v.severity as 'info' | 'warning' | 'critical'}`))}</span>`, escapeHtml(v.subject), escapeHtml(v.title), escapeHtml(v.fix)]))
    : `<p>${escapeHtml(t('history.verdict.none'))}</p>`;
  const findings = report.findings.length
    ? table([t('report.column.severity'), t('report.column.subject'), t('report.column.what'), t('report.column.fix')],
      report.findings.map((f) => [`<span class="${escapeHtml(f.severity)}">${escapeHtml(t(`finding.severity.${f.severity}`))}</span>`, escapeHtml(f.subject), `${escapeHtml(f.title)}<br><small>${f.evidenceText.map(escapeHtml).join('<br>')}</small>`, escapeHtml(f.fix)]))
    : `<p>${escapeHtml(t('health.noFindings'))}</p>`;
  const runs = report.syncRuns.length
    ? table([t('report.column.when'), t('report.column.job'), t('report.column.what'), t('report.column.requestId')],
      report.syncRuns.flatMap((run) => run.errors.map((e) => [when(run.endedAt), `<code>${escapeHtml(e.job)}</code>`, escapeHtml(e.message), `<span class="id">${escapeHtml(e.correlationId ?? '')}</span>`])), ['when'])
    : `<p>${escapeHtml(t('report.noRuns'))}</p>`;
  const drift = env.pageDrift.length
    ? table([t('report.column.when'), t('report.column.page'), t('report.column.what')], env.pageDrift.map((d) => [when(d.at), escapeHtml(`${d.host} ${d.page}`), escapeHtml(d.missing.join(', '))]), ['when'])
    : `<p>${escapeHtml(t('report.noDrift'))}</p>`;
  const counts = Object.entries(report.summary.statuses).map(([status, count]) => `${escapeHtml(t(`status.${status as 'linked'}`))}: ${escapeHtml(count)}`).join(' · ');
  const body = `<h1>${escapeHtml(t('report.title'))}</h1>
<p class="meta">${escapeHtml(scope)} · ${escapeHtml(t('report.generated', { time: formatDateTime(report.generatedAt, t.locale, options) }))}</p>
<p class="meta">${escapeHtml(t('report.noToken'))}</p>
<h2>${escapeHtml(t('report.environment'))}</h2>
<p class="meta">${escapeHtml(t('report.version', { version: env.extensionVersion }))}</p>
<p class="meta">${escapeHtml(t('report.browser', { browser: env.browser }))}</p>
<p class="meta">${escapeHtml(sync)}</p>
<h2>${escapeHtml(t('report.summary'))}</h2><p>${counts}</p>
<h2>${escapeHtml(t('report.verdicts'))}</h2>${verdicts}
${report.mailboxes.map((mailbox) => mailboxHtml(mailbox, t, options)).join('\n')}
<h2>${escapeHtml(t('report.findings'))}</h2>${findings}
<h2>${escapeHtml(t('report.runs'))}</h2>${runs}
<h2>${escapeHtml(t('report.drift'))}</h2>${drift}`;
  return `<!doctype html><html lang="${escapeHtml(t.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t('report.title'))}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}
