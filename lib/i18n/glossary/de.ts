import type { Glossary } from './types';
import { word, wordStart } from './word';

const CONVERSATIONS_INBOX = /Conversations inbox/i;
const PAGE = /\bpages?\b/i;
const SETTINGS = /\bsettings?\b/i;

/** German, from HubSpot's German article on unlinking a mailbox (seeds/000) and its partner article (001). */
export const glossaryDe: Glossary = {
  locale: 'de',
  addressForm: 'Sie (“Öffnen Sie …”); Schritte im Infinitiv (“… suchen, auf … klicken”).',
  terms: [
    { concept: 'mailbox', english: 'mailbox', word: 'Postfach, Postfächer', source: 'HubSpot: „Verknüpfung Ihres Postfachs mit der HubSpot-Software aufheben“ (seeds/000).', notEnglish: word('mailbox(?:es)?') },
    { concept: 'inbox', english: 'Conversations inbox', word: 'Conversations-Posteingang', source: 'HubSpot: „Conversations > Posteingang“ (seeds/000).', note: 'HubSpot’s dialog button „Ja, Posteingang entfernen“ is quoted from the label table, never typed.', notEnglish: word('inbox(?:es)?') },
    { concept: 'link', english: 'link', word: 'verknüpfen, verknüpft, Verknüpfung', source: 'HubSpot: „Verknüpfte E-Mails“, „Persönliche E-Mail-Adresse verknüpfen“ (seeds/000).' },
    { concept: 'unlink', english: 'unlink', word: 'Verknüpfung aufheben; trennen, getrennt', source: 'HubSpot: „Verknüpfung … aufheben“, „von HubSpot trennen“ (seeds/000).' },
    { concept: 'connected', english: 'connected', word: 'verbunden, verbinden', source: 'HubSpot: „ein Konto, das über IMAP verbunden ist“ (seeds/000).' },
    { concept: 'grant', english: 'access', word: 'Zugriff (Google), Berechtigung (Microsoft)', source: 'HubSpot: „Zugriffsrechte entfernen“, „App-Berechtigungen“, „Diese Berechtigungen entfernen“ (seeds/000).', notEnglish: word('grants?') },
    { concept: 'scope', english: 'scope', word: 'Bereich, Bereiche', source: 'HubSpot’s German UI for a private app’s scopes.', notEnglish: word('scopes?') },
    { concept: 'owner', english: 'owner', word: 'Zuständige (zuständige Person)', source: 'HubSpot’s German UI: „Zuständiger Mitarbeiter“; plural and label gender-neutral.', notEnglish: word('owners?') },
    { concept: 'user', english: 'user', word: 'Benutzer', source: 'HubSpot: „Benutzer & Teams“; „Wenn Sie Benutzer haben …“ (seeds/001).', notEnglish: word('users?') },
    { concept: 'findings', english: 'findings', word: 'Befund, Befunde', source: 'Inboxlink.', notEnglish: word('findings?') },
    { concept: 'auditLog', english: 'audit log', word: 'Prüfprotokoll', source: 'Inboxlink.', notEnglish: word('audit[ -]?log') },
    { concept: 'options', english: 'options', word: 'Optionen', source: 'Inboxlink’s options page (Chrome: „Optionen“ of an extension).' },
    { concept: 'settings', english: 'settings', word: 'Einstellungen', source: 'HubSpot: „Einstellungen“ (seeds/000, 001).', notEnglish: word('settings') },
    { concept: 'provider', english: 'mail provider', word: 'E-Mail-Anbieter, Anbieter', source: 'Inboxlink.' },
    { concept: 'side', english: 'side', word: '„in HubSpot“, „beim E-Mail-Anbieter“', source: 'Inboxlink.', note: '„Seite“ is a page only: „HubSpot-Seite“ next to „HubSpot-Seite ‚Kanäle‘“ would read as two pages.' },
    { concept: 'status.linked', english: 'Linked', word: 'Verknüpft', source: 'HubSpot: „Verknüpfte E-Mails“.' },
    { concept: 'status.broken', english: 'Broken', word: 'Gestört', source: 'Inboxlink: a disturbed connection (as „Verbindung gestört“).' },
    { concept: 'status.half-unlinked', english: 'Half-unlinked', word: 'Halb getrennt', source: 'Inboxlink.' },
    { concept: 'status.not-linked', english: 'Not linked', word: 'Nicht verknüpft', source: 'Inboxlink.' },
    { concept: 'status.unknown', english: 'Unknown', word: 'Unbekannt', source: 'Inboxlink.' },
    { concept: 'quotes', english: '“…”', word: '„…“', source: 'German typography (HubSpot’s German articles quote „so“).' },
  ],
  replaced: [
    { concept: 'mailbox', pattern: /posteing(?:a|ä)ng/iu, use: 'Postfach', why: '„Posteingang“ is HubSpot’s Conversations inbox only.', unlessEnglish: CONVERSATIONS_INBOX },
    { concept: 'user', pattern: word('Nutzer(?:n|s|in|innen)?'), use: 'Benutzer', why: 'HubSpot says „Benutzer“.' },
    { concept: 'owner', pattern: wordStart('Besitzer|Eigentümer|Inhaber'), use: 'Zuständige', why: 'HubSpot calls owners „Zuständige(r)“.' },
    { concept: 'auditLog', pattern: word('Protokoll'), use: 'Prüfprotokoll', why: 'One name for the audit log.', unlessEnglish: /(?<!audit )\blogs?\b/i },
    { concept: 'grant', pattern: wordStart('Freigabe'), use: 'Zugriff (Google) / Berechtigung (Microsoft)', why: 'HubSpot, Google and Microsoft speak of „Zugriff“ and „Berechtigungen“, never „Freigabe“.' },
    { concept: 'link', pattern: wordStart('verlink|Verlinkung|gekoppelt|entkoppelt|Kopplung'), use: 'verknüpft / Verknüpfung', why: 'HubSpot says „verknüpfen“.' },
    { concept: 'unlink', pattern: /Verknüpfung\s+(?:\p{L}+\s+)?lösen/iu, use: 'Verknüpfung aufheben / trennen', why: 'HubSpot says „Verknüpfung aufheben“.' },
    { concept: 'scope', pattern: word('Scopes?'), use: 'Bereich(e)', why: 'HubSpot’s German word for scopes.' },
    { concept: 'side', pattern: word('Seiten?'), use: '„in HubSpot“ / „beim E-Mail-Anbieter“', why: '„Seite“ means page; for a side it reads as a second page.', unlessEnglish: PAGE },
    { concept: 'settings', pattern: /einstellung/iu, use: 'Optionen (Inboxlink’s own)', why: '„Einstellungen“ are HubSpot’s or a provider’s; ours are „Optionen“.', unlessEnglish: SETTINGS },
    { concept: 'address', pattern: word('du|dich|dir|dein(?:e|er|em|en|es)?'), use: 'Sie / Ihr', why: 'The UI says „Sie“.' },
  ],
  required: [
    { concept: 'mailbox', whenEnglish: /\bmailbox/i, pattern: /Postf(?:a|ä)ch/i, use: 'Postfach' },
    { concept: 'options', whenEnglish: /\boptions\b/i, pattern: /Optionen/, use: 'Optionen' },
  ],
};
