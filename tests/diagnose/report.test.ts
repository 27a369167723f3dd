import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildSupportReport, redactCredentials } from '../../lib/diagnose/report';
import { diagnose } from '../../lib/diagnose/run';
import { createTranslator } from '../../lib/i18n';
import type { Finding } from '../../lib/model';
import { channel, crmRow, grant, NOW, snapshot, user } from './fixtures';

const world = snapshot({
  crmUsers: [user('julia@nordlicht.example', 'deactivated'), user('hannah@nordlicht.example'), user('paula@nordlicht.example', 'removed')],
  grants: [grant('julia@nordlicht.example'), grant('hannah@nordlicht.example'), grant('gone@nordlicht.example', 'google', 'absent')],
  observations: [crmRow('hannah@nordlicht.example', 'disabled')],
  channelAccounts: [channel('info@nordlicht.example', { authorized: false })],
});
const findings = diagnose(world, NOW);

describe('buildSupportReport', () => {
  it('lists every finding, most severe first, with title, evidence in words and fix in the chosen language', () => {
    const { json } = buildSupportReport(world, findings, createTranslator('de'), { timeZone: 'Europe/Berlin' });
    expect(json.findings.map((f) => `${f.severity}:${f.code}:${f.subject}`)).toEqual([
      'critical:deactivated-user-grant:julia@nordlicht.example',
      'warning:broken-connection:info@nordlicht.example',
      'warning:half-unlinked:hannah@nordlicht.example',
    ]);
    const julia = json.findings[0];
    expect(julia?.title).toBe('Ein deaktivierter oder entfernter Benutzer gewährt HubSpot noch Zugriff');
    expect(julia?.fix).toContain('Google oder Microsoft');
    expect(julia?.planFlow).toBe('revoke-google');
    expect(julia?.evidence).toEqual(findings.find((f) => f.subject === 'julia@nordlicht.example')?.evidence);
    // German words and a German time in Berlin's zone, not "deactivated" and "2026-11-20T10:00:00.000Z".
    expect(julia?.evidenceText[0]).toMatch(/^HubSpot-Benutzer \d+ \(deaktiviert\) \(api\.hubapi\.com\/settings\/v3\/users\/\d+, 20\. Nov\. 2026, 11:00 MEZ\)$/);
    expect(json.summary).toEqual({
      addresses: 5,
      users: { active: 1, deactivated: 1, removed: 1 },
      teamChannels: 1,
      grants: { present: 2, absent: 1, unknown: 0 },
      findings: { critical: 1, warning: 2, info: 0 },
    });
  });

  it.each(['de', 'nl', 'sv', 'pl'] as const)('in %s, evidence in words carries no English state code and no raw timestamp', (locale) => {
    const { json } = buildSupportReport(world, findings, createTranslator(locale), { timeZone: 'Europe/Stockholm' });
    const words = json.findings.flatMap((finding) => finding.evidenceText);
    expect(words.length).toBeGreaterThan(3);
    for (const text of words) {
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      expect(text).not.toMatch(/(?<![\w/.-])(deactivated|removed|disabled|connected|present|absent|observed|admin-api|active=|authorized=)(?![\w-])/);
      expect(text).toMatch(/2026/);
    }
  });

  it('the CSV holds one row per finding with the same columns, formulas neutralised', () => {
    const planted: Finding = { id: 'x:=cmd', code: 'unknown-rule', severity: 'info', subject: '=HYPERLINK("http://evil")', evidence: ['crm:connected'], foundAt: NOW };
    const { csv } = buildSupportReport(world, [...findings, planted], createTranslator('en'));
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
    expect(parsed.data).toHaveLength(findings.length + 1);
    expect(parsed.meta.fields).toEqual(['severity', 'code', 'subject', 'title', 'evidence', 'evidenceText', 'fix', 'planFlow', 'foundAt', 'id']);
    expect(parsed.data[0]).toMatchObject({ severity: 'critical', code: 'deactivated-user-grant', title: 'A deactivated or removed user still grants HubSpot access' });
    const last = parsed.data.at(-1);
    expect(last?.subject).toMatch(/^'=/);
    // An unknown code gets its key, not a crash.
    expect(last?.title).toBe('finding.unknown-rule.title');
  });

  it('never carries a token, even one that slipped into a finding', () => {
    const leaky: Finding = {
      id: 'broken-connection:x@y.example',
      code: 'broken-connection',
      severity: 'warning',
      subject: 'x@y.example',
      evidence: [
        'crm:connected:Bearer%20pat-na1-11112222-secret@app.hubspot.com/settings/1/user-preferences/email:2026-11-20T10:00:00.000Z',
        'grant:google:present:HubSpot:observed@myaccount.google.com/connections?access_token=ya29.SECRETSECRET&x=1:2026-11-20T10:00:00.000Z',
      ],
      foundAt: NOW,
    };
    const { json, csv } = buildSupportReport(world, [leaky], createTranslator('en'));
    for (const output of [JSON.stringify(json), csv]) {
      expect(output).not.toContain('pat-na1-11112222-secret');
      expect(output).not.toContain('ya29.SECRETSECRET');
      expect(output).toContain('[redacted]');
    }
  });

  it('redacts bearer tokens and OAuth parameters, and leaves ordinary text alone', () => {
    expect(redactCredentials('Authorization: Bearer abc.def')).toBe('Authorization: Bearer [redacted]');
    expect(redactCredentials('/cb?code=4/0Ab&state=1')).toBe('/cb?code=[redacted]&state=1');
    expect(redactCredentials('crm:disabled@app.hubspot.com/settings/1/user-preferences/email')).toBe('crm:disabled@app.hubspot.com/settings/1/user-preferences/email');
  });
});
