import { describe, expect, it } from 'vitest';
import { formatDay } from '../../lib/history/dates';
import { aadstsText, entryText, fixText, sourceLineText, verdictTitle } from '../../lib/history/present';
import type { Verdict } from '../../lib/history/verdict';
import { createTranslator, LOCALES } from '../../lib/i18n';
import { HUBSPOT_LABELS } from '../../lib/pages/hubspot/labels';
import { catalogs } from '../../lib/i18n/all-locales';
import { quote } from '../../lib/i18n/quotes';
import { NOW } from './fixtures';

const removed: Verdict = { code: 'google-access-removed', severity: 'warning', subject: 'ida@x.example', variant: 'by-user', at: '2026-11-12T23:30:00.000Z', params: {}, dates: { date: '2026-11-12T23:30:00.000Z' }, fix: { kind: 'reconnect', provider: 'google' }, evidence: [] };
const failing: Verdict = { code: 'microsoft-sign-ins-failing', severity: 'critical', subject: 't@x.example', at: '2026-11-15T10:00:00.000Z', params: { code: '50173', count: 3, reason: '' }, dates: { date: '2026-11-15T10:00:00.000Z' }, fix: { kind: 'reconnect', provider: 'microsoft365' }, evidence: [] };

describe('a history in words', () => {
  it('dates a verdict in the user’s language and time zone, through Intl', () => {
    const en = createTranslator('en');
    const de = createTranslator('de');
    expect(verdictTitle(removed, en, { now: NOW, timeZone: 'UTC' })).toBe('Google access for HubSpot was removed on Nov 12 by the user.');
    expect(verdictTitle(removed, de, { now: NOW, timeZone: 'Europe/Berlin' })).toBe('Der Google-Zugriff für HubSpot wurde am 13. Nov. vom Benutzer entfernt.');
    expect(formatDay('2025-10-03T10:00:00.000Z', 'en', { now: NOW, timeZone: 'UTC' })).toBe('Oct 3, 2025');
  });

  it('puts the AADSTS code in words, with a plural form for the count', () => {
    const en = createTranslator('en');
    expect(verdictTitle(failing, en, { now: NOW, timeZone: 'UTC' })).toBe('HubSpot’s sign-ins to Microsoft have failed since Nov 15, 3 times: the grant expired after a password change (AADSTS50173).');
    expect(verdictTitle({ ...failing, params: { ...failing.params, count: 1 } }, en, { now: NOW, timeZone: 'UTC' })).toMatch(/^HubSpot’s sign-in to Microsoft failed on Nov 15:/);
    expect(aadstsText(en, '9999', 'Something odd.')).toBe('Microsoft says: Something odd.');
    expect(aadstsText(en, '9999', '')).toBe('Microsoft gave no reason');
    expect(fixText(failing, en)).toContain('Microsoft 365');
  });

  it('writes every verdict variant, entry and source state the code can make in every language, without a leftover placeholder', () => {
    for (const locale of LOCALES) {
      const t = createTranslator(locale);
      for (const key of Object.keys(catalogs.en).filter((k) => k.startsWith('history.verdict.'))) {
        const [, , code, variant] = key.split('.');
        const text = verdictTitle({ ...removed, code: code!, ...(variant ? { variant } : { variant: undefined }), params: { actor: 'a@b.example', channel: 'Support', error: 'x', code: '50173', count: 2, reason: '', days: 9 }, dates: { date: NOW, seen: NOW } }, t, { now: NOW });
        expect(text, `${locale} ${key}`).not.toMatch(/\{\w+\}/);
      }
      expect(entryText({ id: '1', at: NOW, side: 'microsoft', kind: 'microsoft-sign-in-failed', how: 'sign-in-log-beta', tone: 'problem', params: { app: 'HubSpot', code: '700082', reason: '' } }, t)).not.toMatch(/\{\w+\}/);
      expect(sourceLineText({ side: 'microsoft', source: 'microsoft-sign-ins', state: 'needs-licence', count: 0, account: 'a@b.example', licence: 'entra-id-p1', errorCode: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant' }, t)).toContain('Authentication_RequestFromNonPremiumTenantOrB2CTenant');
    }
  });

  it('names HubSpot’s pages with HubSpot’s own labels in every language, quoted the language’s way', () => {
    for (const locale of LOCALES) {
      const labels = HUBSPOT_LABELS[locale];
      const t = createTranslator(locale);
      const say = (kind: string) => t(`history.entry.${kind}` as keyof typeof catalogs.en, { error: 'E' });
      for (const kind of ['crm-connected', 'crm-connected-error', 'crm-disabled', 'crm-removed']) expect(say(kind), `${locale} ${kind}`).toContain(quote(locale, labels.connectedEmails));
      for (const kind of ['channel-listed', 'channel-not-listed']) expect(say(kind), `${locale} ${kind}`).toContain(quote(locale, labels.channels));
    }
  });
});
