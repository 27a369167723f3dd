import type { Glossary } from './types';
import { word, wordStart } from './word';

/** Polish, from HubSpot's Polish article on the partner domain (seeds/004) and its page labels. */
export const glossaryPl: Glossary = {
  locale: 'pl',
  addressForm:
    'Ty / imperative (“Otwórz opcje”, “Twoja skrzynka”), as HubSpot’s Polish articles do (seeds/004); never a gendered past form or participle about the reader (“zrobiłeś”, “Zalogowany jako …”): “po zalogowaniu”, “gdy to zrobisz”.',
  terms: [
    { concept: 'mailbox', english: 'mailbox', word: 'skrzynka pocztowa (skrzynka)', source: 'Inboxlink (Polish IT usage).', notEnglish: word('mailbox(?:es)?') },
    { concept: 'inbox', english: 'Conversations inbox', word: 'skrzynka odbiorcza konwersacji', source: 'HubSpot’s Polish UI: „Konwersacje” > „Skrzynka odbiorcza”.', notEnglish: word('inbox(?:es)?') },
    { concept: 'link', english: 'link', word: 'połączyć, połączona, połączenie', source: 'HubSpot: „Połączone adresy e-mail”.' },
    { concept: 'unlink', english: 'unlink', word: 'odłączyć, odłączona', source: 'Inboxlink: the opposite of połączyć.' },
    { concept: 'connected', english: 'connected', word: 'połączony, połączona', source: 'HubSpot: „Połączone adresy e-mail”.' },
    { concept: 'grant', english: 'access', word: 'dostęp (Google), uprawnienie (Microsoft)', source: 'Google: „Usuń dostęp”; Microsoft: „Odwołaj uprawnienia”.', notEnglish: word('grants?') },
    { concept: 'scope', english: 'scope', word: 'zakres, zakresy', source: 'HubSpot’s Polish UI for a private app’s scopes.', notEnglish: word('scopes?') },
    { concept: 'owner', english: 'owner', word: 'właściciel, właściciele', source: 'HubSpot’s Polish UI (record owner).', notEnglish: word('owners?') },
    { concept: 'user', english: 'user', word: 'użytkownik, użytkownicy', source: 'HubSpot: „użytkownicy” (seeds/004).', notEnglish: word('users?') },
    { concept: 'findings', english: 'findings', word: 'wykryty problem, wykryte problemy', source: 'Inboxlink.', notEnglish: word('findings?') },
    { concept: 'auditLog', english: 'audit log', word: 'dziennik audytu', source: 'Inboxlink.', notEnglish: word('audit[ -]?log') },
    { concept: 'options', english: 'options', word: 'opcje', source: 'Inboxlink’s options page (Chrome: „Opcje” of an extension).' },
    { concept: 'settings', english: 'settings', word: 'ustawienia', source: 'HubSpot: „ikonę ustawień” (seeds/004).', notEnglish: word('settings') },
    { concept: 'provider', english: 'mail provider', word: 'dostawca poczty, dostawca', source: 'Inboxlink.' },
    { concept: 'side', english: 'side', word: '„w HubSpot”, „u dostawcy poczty”', source: 'Inboxlink.', note: '„Strona” is a page only.' },
    { concept: 'status.linked', english: 'Linked', word: 'Połączona', source: 'HubSpot: „Połączone”; agrees with „skrzynka”.' },
    { concept: 'status.broken', english: 'Broken', word: 'Błąd połączenia', source: 'Inboxlink: the connection fails (the mailbox is not damaged).' },
    { concept: 'status.half-unlinked', english: 'Half-unlinked', word: 'Częściowo odłączona', source: 'Inboxlink; agrees with „skrzynka”.' },
    { concept: 'status.not-linked', english: 'Not linked', word: 'Niepołączona', source: 'Inboxlink; agrees with „skrzynka”.' },
    { concept: 'status.unknown', english: 'Unknown', word: 'Stan nieznany', source: 'Inboxlink: a state, so it agrees with any noun.' },
    { concept: 'quotes', english: '“…”', word: '„…”', source: 'Polish typography.' },
  ],
  replaced: [
    { concept: 'address', pattern: wordStart('\\p{L}+(?:łeś|łaś|łbyś|łabyś)(?![\\p{L}])'), use: 'an imperative or “gdy to zrobisz”', why: 'A gendered past form assumes the reader is a man or a woman.' },
    // About the reader: a step opening with the participle, or “jesteś …” (a signed-in address or “kto jest zalogowany” is not the reader).
    { concept: 'address', pattern: /(?:^|[.:;!?]\s+)(?:Zalogowan[ya]|Wylogowan[ya]|Pewien|Pewna)(?![\p{L}])|jeste[śs]\s+(?:za|wy)logowan[ya](?![\p{L}])|jeste[śs]\s+(?:pewien|pewna)(?![\p{L}])/iu, use: '“po zalogowaniu”, “po wylogowaniu”', why: 'A gendered participle about the reader.' },
    { concept: 'address', pattern: word('Pan|Pani|Państwo|Państwa'), use: 'Ty / imperative', why: 'The UI says “Ty”.' },
    { concept: 'side', pattern: word('stron(?:a|y|ie|ę|ą|om|ach|ami)?'), use: '„w HubSpot” / „u dostawcy poczty”', why: '„Strona” means page; for a side it reads as a second page.', unlessEnglish: /\bpages?\b/i },
    { concept: 'grant', pattern: wordStart('zgod'), use: 'dostęp (Google) / uprawnienie (Microsoft)', why: 'Google says „dostęp”, Microsoft „uprawnienia”.', unlessEnglish: /\bconsent/i },
    { concept: 'findings', pattern: /wynik\p{L}*\s+diagnozy/iu, use: 'wykryte problemy', why: 'One name for findings.' },
    { concept: 'findings', pattern: wordStart('ustaleni|ustaleń'), use: 'wykryty problem / wykryte problemy', why: 'One name for findings.' },
    { concept: 'status.broken', pattern: wordStart('uszkodz'), use: 'błąd połączenia (z błędem połączenia)', why: 'The connection fails; the mailbox itself is not damaged.' },
    { concept: 'mailbox', pattern: /skrzyn\p{L}*\s+odbiorcz/iu, use: 'skrzynka pocztowa', why: '„Skrzynka odbiorcza” is HubSpot’s Conversations inbox only.', unlessEnglish: /Conversations inbox/i },
    { concept: 'inbox', pattern: /skrzyn\p{L}*\s+Conversations/iu, use: 'skrzynka odbiorcza konwersacji', why: 'HubSpot’s Polish name for the Conversations inbox.' },
    { concept: 'scope', pattern: word('scopes?'), use: 'zakres(y)', why: 'HubSpot’s Polish word for scopes.' },
    { concept: 'settings', pattern: /ustawie/iu, use: 'opcje (Inboxlink’s own)', why: '„Ustawienia” are HubSpot’s or a provider’s; ours are „opcje”.', unlessEnglish: /\bsettings?\b/i },
  ],
  required: [
    { concept: 'mailbox', whenEnglish: /\bmailbox/i, pattern: /skrzyn/i, use: 'skrzynka pocztowa' },
    { concept: 'options', whenEnglish: /\boptions\b/i, pattern: /opcj/i, use: 'opcje' },
  ],
};
