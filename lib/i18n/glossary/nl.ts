import type { Glossary } from './types';
import { word, wordStart } from './word';

/** Dutch, from HubSpot's Dutch article on adding and removing users (seeds/003) and its page labels. */
export const glossaryNl: Glossary = {
  locale: 'nl',
  addressForm: 'u / uw (“Open de opties”, “uw mailbox”), never je / jij / jouw, as HubSpot’s Dutch articles do (seeds/003).',
  terms: [
    { concept: 'mailbox', english: 'mailbox', word: 'mailbox, mailboxen', source: 'Inboxlink (Dutch IT usage).' },
    { concept: 'inbox', english: 'Conversations inbox', word: 'Conversations-inbox', source: 'HubSpot’s Dutch UI.', note: 'Only HubSpot’s Conversations inbox; the user’s email account is the mailbox.' },
    { concept: 'link', english: 'link', word: 'koppelen, gekoppeld, koppeling', source: 'HubSpot: “moet u die accounts mogelijk opnieuw koppelen” (seeds/003).' },
    { concept: 'unlink', english: 'unlink', word: 'ontkoppelen, ontkoppeld', source: 'Inboxlink: the opposite of koppelen.' },
    { concept: 'connected', english: 'connected', word: 'verbonden, verbinden', source: 'HubSpot: “Verbonden e-mails”.' },
    { concept: 'grant', english: 'access', word: 'toegang (Google), machtiging (Microsoft)', source: 'Google: “Toegang verwijderen”; Microsoft: “Machtigingen intrekken”.', notEnglish: word('grants?') },
    { concept: 'scope', english: 'scope', word: 'bereik, bereiken', source: 'HubSpot’s Dutch UI for a private app’s scopes.', notEnglish: word('scopes?') },
    { concept: 'owner', english: 'owner', word: 'eigenaar, eigenaars', source: 'HubSpot: “Toon inactieve eigenaars” (seeds/003).', notEnglish: word('owners?') },
    { concept: 'user', english: 'user', word: 'gebruiker, gebruikers', source: 'HubSpot: “Gebruikers & Teams” (seeds/003).', notEnglish: word('users?') },
    { concept: 'findings', english: 'findings', word: 'bevinding, bevindingen', source: 'Inboxlink.', notEnglish: word('findings?') },
    { concept: 'auditLog', english: 'audit log', word: 'auditlogboek', source: 'Inboxlink.', notEnglish: word('audit[ -]?log') },
    { concept: 'options', english: 'options', word: 'opties', source: 'Inboxlink’s options page (Chrome: “Opties” of an extension).' },
    { concept: 'settings', english: 'settings', word: 'instellingen', source: 'HubSpot: “instellingen” (seeds/003).', notEnglish: word('settings') },
    { concept: 'provider', english: 'mail provider', word: 'e-mailprovider, provider', source: 'Inboxlink.' },
    { concept: 'side', english: 'side', word: '“in HubSpot”, “bij de e-mailprovider”', source: 'Inboxlink.' },
    { concept: 'status.linked', english: 'Linked', word: 'Gekoppeld', source: 'Inboxlink.' },
    { concept: 'status.broken', english: 'Broken', word: 'Verstoord', source: 'Inboxlink: a disturbed connection (as “verbinding verstoord”).', note: 'Never “Verbroken”: that means disconnected.' },
    { concept: 'status.half-unlinked', english: 'Half-unlinked', word: 'Half ontkoppeld', source: 'Inboxlink.' },
    { concept: 'status.not-linked', english: 'Not linked', word: 'Niet gekoppeld', source: 'Inboxlink.' },
    { concept: 'status.unknown', english: 'Unknown', word: 'Onbekend', source: 'Inboxlink.' },
    { concept: 'quotes', english: '“…”', word: '‘…’', source: 'Dutch typography: one style, single quotes.' },
  ],
  replaced: [
    { concept: 'address', pattern: word('je|jij|jou|jouw|jullie'), use: 'u / uw', why: 'The UI says “u”, as HubSpot’s Dutch articles do.' },
    { concept: 'status.broken', pattern: wordStart('verbroken'), use: 'verstoord', why: '“Verbroken” means disconnected — the opposite of a connection that exists but fails.', unlessEnglish: /disconnect|connection (?:was )?lost/i },
    { concept: 'unlink', pattern: wordStart('loskoppel|losgekoppeld|koppel\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}los(?![\\p{L}])'), use: 'ontkoppelen / ontkoppeld', why: 'One verb for unlinking.' },
    { concept: 'grant', pattern: wordStart('toestemming|toegangsrecht'), use: 'toegang (Google) / machtiging (Microsoft)', why: 'Google says “toegang”, Microsoft “machtigingen”.', unlessEnglish: /\bconsent/i },
    { concept: 'scope', pattern: word('scopes?'), use: 'bereik(en)', why: 'HubSpot’s Dutch word for scopes.' },
    { concept: 'owner', pattern: word('eigenaren'), use: 'eigenaars', why: 'HubSpot’s plural (seeds/003).' },
    { concept: 'auditLog', pattern: word('auditlog'), use: 'auditlogboek', why: 'One name for the audit log.' },
    { concept: 'mailbox', pattern: /inbox(?!link)/iu, use: 'mailbox', why: '“Inbox” is HubSpot’s Conversations inbox only.', unlessEnglish: /Conversations inbox/i },
    { concept: 'settings', pattern: /instelling/iu, use: 'opties (Inboxlink’s own)', why: '“Instellingen” are HubSpot’s or a provider’s; ours are “opties”.', unlessEnglish: /\bsettings?\b/i },
  ],
  required: [
    { concept: 'mailbox', whenEnglish: /\bmailbox/i, pattern: /mailbox/i, use: 'mailbox' },
    { concept: 'options', whenEnglish: /\boptions\b/i, pattern: /opties/i, use: 'opties' },
  ],
};
