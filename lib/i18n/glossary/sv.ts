import type { Glossary } from './types';
import { word, wordStart } from './word';

/** Swedish, from HubSpot's Swedish article on removing users (seeds/002) and its page labels. */
export const glossarySv: Glossary = {
  locale: 'sv',
  addressForm: 'du / din (“Öppna alternativen”, “din postlåda”), as HubSpot’s Swedish articles do (seeds/002).',
  terms: [
    { concept: 'mailbox', english: 'mailbox', word: 'postlåda, postlådor', source: 'Inboxlink (Swedish IT usage).', notEnglish: word('mailbox(?:es)?') },
    { concept: 'inbox', english: 'Conversations inbox', word: 'konversationsinkorg', source: 'HubSpot: “konversationsinkorgen” (seeds/002).', notEnglish: word('inbox(?:es)?') },
    { concept: 'link', english: 'link', word: 'koppla, kopplad, koppling', source: 'HubSpot: “team-e-postmeddelanden som användaren har kopplat till konversationsinkorgen kommer att förbli kopplade” (seeds/002).' },
    { concept: 'unlink', english: 'unlink', word: 'koppla bort, kopplas bort, bortkopplad', source: 'HubSpot: “kopplas deras personliga e-postmeddelanden bort” (seeds/002).' },
    { concept: 'connected', english: 'connected', word: 'kopplad', source: 'HubSpot (seeds/002), as link.', note: 'HubSpot’s page label “Anslutna e-postmeddelanden” is quoted from the label table, never typed.' },
    { concept: 'grant', english: 'access', word: 'åtkomst (Google), behörighet (Microsoft)', source: 'Google: “Ta bort åtkomst”; Microsoft: “Återkalla behörigheter”.', notEnglish: word('grants?') },
    { concept: 'scope', english: 'scope', word: 'behörighet, behörigheter', source: 'Microsoft and Google call scopes “behörigheter” in Swedish.', notEnglish: word('scopes?') },
    { concept: 'owner', english: 'owner', word: 'ägare', source: 'HubSpot: “rotera ägare till post” (seeds/002).', notEnglish: word('owners?') },
    { concept: 'user', english: 'user', word: 'användare', source: 'HubSpot: “Ta bort HubSpot-användare” (seeds/002).', notEnglish: word('users?') },
    { concept: 'findings', english: 'findings', word: 'anmärkning, anmärkningar', source: 'Inboxlink (as in an audit’s “anmärkningar”).', notEnglish: word('findings?') },
    { concept: 'auditLog', english: 'audit log', word: 'granskningslogg', source: 'Inboxlink.', notEnglish: word('audit[ -]?log') },
    { concept: 'options', english: 'options', word: 'alternativ', source: 'Inboxlink’s options page (Chrome: “Alternativ” of an extension).' },
    { concept: 'settings', english: 'settings', word: 'inställningar', source: 'HubSpot: “inställningsikonen”, “Inställningar” (seeds/002).', notEnglish: word('settings') },
    { concept: 'provider', english: 'mail provider', word: 'e-postleverantör, leverantör', source: 'Inboxlink.' },
    { concept: 'side', english: 'side', word: '“i HubSpot”, “hos e-postleverantören”', source: 'Inboxlink.', note: '“Sida” is a page only.' },
    { concept: 'status.linked', english: 'Linked', word: 'Kopplad', source: 'HubSpot (seeds/002).' },
    { concept: 'status.broken', english: 'Broken', word: 'Trasig', source: 'Inboxlink (as “trasig länk”).' },
    { concept: 'status.half-unlinked', english: 'Half-unlinked', word: 'Halvt bortkopplad', source: 'HubSpot’s “kopplas bort” (seeds/002).' },
    { concept: 'status.not-linked', english: 'Not linked', word: 'Inte kopplad', source: 'HubSpot (seeds/002).' },
    { concept: 'status.unknown', english: 'Unknown', word: 'Okänd', source: 'Inboxlink.' },
    { concept: 'quotes', english: '“…”', word: '”…”', source: 'Swedish typography.' },
  ],
  replaced: [
    { concept: 'link', pattern: wordStart('länkad|länkat|länka(?![\\p{L}])|olänkad|[\\p{L}]*-länk'), use: 'kopplad / koppla', why: 'HubSpot says “kopplad”; “länk” is a hyperlink only.' },
    { concept: 'connected', pattern: /anslut/iu, use: 'kopplad / koppla (a network: nätverket)', why: 'HubSpot’s Swedish says “kopplad”; one verb family for the link.' },
    { concept: 'unlink', pattern: /frånkoppl|koppla\p{L}*\s+från|kopplas\s+från/iu, use: 'koppla bort / bortkopplad', why: 'HubSpot says “kopplas bort”.' },
    { concept: 'findings', pattern: wordStart('fynd'), use: 'anmärkning(ar)', why: 'One word for findings.' },
    { concept: 'grant', pattern: /medgivande/iu, use: 'åtkomst (Google) / behörighet (Microsoft)', why: 'Google says “åtkomst”, Microsoft “behörigheter”.', unlessEnglish: /\bconsent/i },
    { concept: 'mailbox', pattern: /brevlåd/iu, use: 'postlåda', why: 'One word for the mailbox.' },
    { concept: 'mailbox', pattern: /inkorg/iu, use: 'postlåda', why: '“Inkorg” is HubSpot’s Conversations inbox only.', unlessEnglish: /Conversations inbox/i },
    { concept: 'scope', pattern: word('scopes?|omfattning(?:ar)?'), use: 'behörighet(er)', why: 'One word for scopes.' },
    { concept: 'side', pattern: word('sid(?:a|an|or|orna)'), use: '“i HubSpot” / “hos e-postleverantören”', why: '“Sida” means page; for a side it reads as a second page.', unlessEnglish: /\bpages?\b/i },
    { concept: 'settings', pattern: /inställning/iu, use: 'alternativ (Inboxlink’s own)', why: '“Inställningar” are HubSpot’s or a provider’s; ours are “alternativ”.', unlessEnglish: /\bsettings?\b/i },
    // “API:er” is a plural ending, not the pronoun.
    { concept: 'address', pattern: /(?<![\p{L}\p{N}:])(?:ni|er|era|ert)(?![\p{L}\p{N}])/iu, use: 'du / din', why: 'The UI says “du”.' },
  ],
  required: [
    { concept: 'mailbox', whenEnglish: /\bmailbox/i, pattern: /postlåd/i, use: 'postlåda' },
    { concept: 'options', whenEnglish: /\boptions\b/i, pattern: /alternativ/i, use: 'alternativ' },
  ],
};
