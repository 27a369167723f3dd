import { describe, expect, it } from 'vitest';
import { imapHandoffMessage } from '../../lib/plans/imap-message';
import { planTranslator } from '../../lib/plans/i18n';
import { MICROSOFT_SCOPES, reconnectInfo } from '../../lib/plans/reconnect';

const input = { address: 'kwame.mensah@nordlicht-events.example', portal: { id: 4480123, uiHost: 'app-eu1.hubspot.com' as const }, date: new Date('2026-11-23T15:00:00Z'), itAddress: 'it+help@nordlicht.example', timeZone: 'Europe/Berlin' };

describe('IMAP hand-off message', () => {
  it('carries the address, portal, date and what to remove, in the user’s language', () => {
    const en = imapHandoffMessage(planTranslator('en'), input);
    expect(en.subject).toBe('Please remove HubSpot’s access to kwame.mensah@nordlicht-events.example');
    expect(en.body).toContain('kwame.mensah@nordlicht-events.example');
    expect(en.body).toContain('account 4480123, https://app-eu1.hubspot.com/settings/4480123/user-preferences/email');
    expect(en.body).toContain('on November 23, 2026.');
    expect(en.body).toMatch(/app password/);
    expect(en.body).toMatch(/IMAP\/SMTP/);
    expect(en.body).not.toMatch(/\{\w+\}/);
    const de = imapHandoffMessage(planTranslator('de'), input);
    expect(de.body).toContain('App-Passwort');
    expect(de.body).toContain('am 23. November 2026 von HubSpot getrennt');
    expect(imapHandoffMessage(planTranslator('pl'), input).body).toContain('dnia 23 listopada 2026');
    expect(imapHandoffMessage(planTranslator('sv'), input).body).toContain('den 23 november 2026');
    expect(imapHandoffMessage(planTranslator('nl'), input).body).toContain('op 23 november 2026 ontkoppeld');
  });

  it('names the day in the recipient’s time zone, not UTC’s', () => {
    // 23:30 UTC on 6 December is already 7 December in Stockholm, still 6 December in New York.
    const late = { ...input, date: new Date('2026-12-06T23:30:00Z') };
    expect(imapHandoffMessage(planTranslator('sv'), { ...late, timeZone: 'Europe/Stockholm' }).body).toContain('den 7 december 2026');
    expect(imapHandoffMessage(planTranslator('en'), { ...late, timeZone: 'America/New_York' }).body).toContain('on December 6, 2026');
  });

  it('the mailto link encodes every part and round-trips exactly', () => {
    const message = imapHandoffMessage(planTranslator('sv'), input);
    const url = new URL(message.mailto);
    expect(url.protocol).toBe('mailto:');
    expect(decodeURIComponent(url.pathname)).toBe('it+help@nordlicht.example');
    expect(message.mailto).not.toMatch(/[ \n\r]/);
    expect(message.mailto).toContain('it%2Bhelp%40nordlicht.example');
    const query = message.mailto.slice(message.mailto.indexOf('?') + 1);
    const parts = Object.fromEntries(query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]));
    expect(parts.subject).toBe(message.subject);
    expect(parts.body).toBe(message.body.replace(/\n/g, '\r\n'));
  });
});

describe('reconnect', () => {
  it('Google asks for every HubSpot feature at once (seeds 000 §6)', () => {
    expect(reconnectInfo('google').items.map((i) => i.label)).toEqual([
      'plan.reconnect.google.inbox', 'plan.reconnect.google.meetings', 'plan.reconnect.google.documents', 'plan.reconnect.google.searchConsole',
    ]);
  });

  it('Microsoft 365 lists hubspot.md §8’s Graph scopes, each with a label', () => {
    expect(reconnectInfo('microsoft365').items.map((i) => i.scope)).toEqual([...MICROSOFT_SCOPES]);
    expect(MICROSOFT_SCOPES).toEqual(expect.arrayContaining(['Mail.ReadWrite', 'Mail.Send', 'Calendars.Read', 'Calendars.ReadWrite', 'offline_access']));
    expect(planTranslator('pl')(reconnectInfo('microsoft365').items[1]!.label)).toBe('Wysyłanie poczty w Twoim imieniu');
  });

  it('IMAP asks for IMAP and SMTP settings and sends a test email', () => {
    expect(reconnectInfo('imap').items.map((i) => i.label)).toEqual(expect.arrayContaining(['plan.reconnect.imap.incoming', 'plan.reconnect.imap.outgoing', 'plan.reconnect.imap.test']));
  });
});
