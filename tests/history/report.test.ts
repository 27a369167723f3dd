import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { ExportLeakError } from '../../lib/auth/export';
import { makeSnapshot } from '../../lib/diagnose/snapshot';
import { portalHistoryFrom } from '../../lib/history/read';
import { buildHistoryReport, type ReportEnvironment } from '../../lib/history/report/build';
import { reportCsv } from '../../lib/history/report/csv';
import { guardReport } from '../../lib/history/report/guard';
import { reportHtml } from '../../lib/history/report/html';
import { reportText } from '../../lib/history/report/text';
import { createTranslator } from '../../lib/i18n';
import type { Finding } from '../../lib/model';
import { crmRow, mailbox } from '../diagnose/fixtures';
import { NOW, daysAgo, run, signIn, tokenEvent } from './fixtures';

const IDA = 'ida@nordlicht.example';
const TOMAS = 'tomas@contoso.example';
const SECRET = 'pat-na1-1234567890abcdef1234';

const environment: ReportEnvironment = {
  extensionVersion: '0.1.0', browser: 'Chromium 140', locale: 'en', timeZone: 'UTC',
  sync: { state: 'idle', lastCompletedAt: NOW },
  pageDrift: [{ page: '/settings/1/user-preferences/email', host: 'app.hubspot.com', missing: ['connected-emails-table'], skeleton: '<table>…</table>', at: NOW }],
};

function portal() {
  const snapshot = makeSnapshot({
    mailboxes: [mailbox(IDA, 'google'), mailbox(TOMAS, 'microsoft365')],
    observations: [crmRow(IDA, 'connected', daysAgo(1), { error: '<img src=x onerror=alert(1)>' })],
  });
  const findings: Finding[] = [{ id: `broken-connection:${IDA}`, code: 'broken-connection', severity: 'warning', subject: IDA, evidence: [], foundAt: NOW }];
  const events = [tokenEvent(IDA, 'revoke', daysAgo(6)), signIn(TOMAS, daysAgo(2), '50173')];
  const runs = [run(daysAgo(1), [{ job: 'hubspot:users', kind: 'retry-later', service: 'hubspot', status: 503, correlationId: 'a1b2c3d4-corr', message: 'ServerError: busy' }])];
  return portalHistoryFrom(snapshot, events, [], runs, findings);
}

describe('the support report with the history', () => {
  const t = createTranslator('en');
  const options = { now: NOW, timeZone: 'UTC' };

  it('holds every finding, every verdict in words, the failed syncs with their request ids, the environment and page drift', () => {
    const report = buildHistoryReport({ portal: portal(), environment, t, options });
    expect(report.scope).toEqual({ kind: 'portal' });
    expect(report.findings.map((f) => f.id)).toEqual([`broken-connection:${IDA}`]);
    expect(report.verdicts.map((v) => `${v.code}:${v.subject}`).sort()).toEqual([`google-access-removed:${IDA}`, `hubspot-error-shown:${IDA}`, `microsoft-sign-ins-failing:${TOMAS}`]);
    expect(report.correlationIds).toEqual(['a1b2c3d4-corr']);
    expect(report.summary.statuses.broken).toBe(1);
    expect(report.mailboxes).toEqual([]);
  });

  it('gives one mailbox its sources and timeline, also a mailbox nobody knows', () => {
    const one = buildHistoryReport({ portal: portal(), address: TOMAS, environment, t, options });
    expect(one.mailboxes).toHaveLength(1);
    expect(one.mailboxes[0]!.timeline.map((entry) => entry.text)).toEqual(['Sync with a problem in hubspot:users', 'HubSpot Sales could not sign in: the grant expired after a password change (AADSTS50173)']);
    expect(one.mailboxes[0]!.timeline[0]!.correlationIds).toEqual(['a1b2c3d4-corr']);
    expect(one.verdicts.map((v) => v.code)).toEqual(['microsoft-sign-ins-failing']);
    const unknown = buildHistoryReport({ portal: portal(), address: 'nobody@nowhere.example', environment, t, options });
    expect(unknown.mailboxes[0]!.sources.length).toBeGreaterThan(3);
  });

  it('writes CSV rows a spreadsheet cannot run, HTML with every value escaped, and a short text', () => {
    const report = buildHistoryReport({ portal: portal(), address: IDA, environment, t, options });
    const rows = Papa.parse<Record<string, string>>(reportCsv(report), { header: true }).data;
    expect(rows.map((row) => row.kind)).toEqual(expect.arrayContaining(['verdict', 'finding', 'source', 'timeline', 'sync-error', 'page-drift']));
    expect(rows.find((row) => row.kind === 'sync-error')?.requestIds).toBe('a1b2c3d4-corr');
    const html = reportHtml(report, t, options);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('@media print');
    const text = reportText(report, t, options);
    expect(text.split('\n')[0]).toBe(`Inboxlink support report — Mailbox ${IDA}`);
    expect(text).toContain('- Google access for HubSpot was removed on Nov 16 by the user.');
    expect(text).toContain('Request id: a1b2c3d4-corr');
  });

  it('redacts stored tokens and token-shaped text in every form, and refuses a report that would still hold one', () => {
    const files = { json: JSON.stringify({ note: `Bearer ${SECRET}` }), csv: `x,${SECRET}`, html: `<p>${SECRET}</p>`, text: `see ${SECRET}` };
    const guarded = guardReport(files, new Set([SECRET]));
    for (const output of Object.values(guarded)) expect(output).not.toContain(SECRET);
    // A token used as a JSON key is not a value redaction sees: the last search refuses the report.
    expect(() => guardReport({ ...files, json: JSON.stringify({ [SECRET]: 1 }) }, new Set([SECRET]))).toThrow(ExportLeakError);
  });
});
