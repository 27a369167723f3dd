import type { Glossary } from './types';

/** English: the reference the other glossaries translate; HubSpot's English labels where it names a page. */
export const glossaryEn: Glossary = {
  locale: 'en',
  addressForm: 'You, in plain imperatives (“Open the options”).',
  terms: [
    { concept: 'mailbox', english: 'mailbox', word: 'mailbox, mailboxes', source: 'Inboxlink: the email account at Google, Microsoft or an IMAP server, whatever HubSpot calls its connection.' },
    { concept: 'inbox', english: 'Conversations inbox', word: 'Conversations inbox', source: 'HubSpot: Conversations > Inbox (seeds/000, 002).', note: '“Inbox” alone is never the user’s mailbox.' },
    { concept: 'link', english: 'link', word: 'link, linked', source: 'Inboxlink’s status: the mailbox and HubSpot are connected on both sides.' },
    { concept: 'unlink', english: 'unlink', word: 'unlink, unlinked; disconnect (one side)', source: 'HubSpot: “Unlink your mailbox” (seeds/000 title); “disconnect” for one side.' },
    { concept: 'connected', english: 'connected', word: 'connected', source: 'HubSpot: “Connected emails” (seeds/000).' },
    { concept: 'grant', english: 'access', word: 'access (Google), permissions (Microsoft)', source: 'Google: “Remove access”; Microsoft: “Revoke permissions” (seeds/000).' },
    { concept: 'scope', english: 'scope', word: 'scope', source: 'HubSpot, Google, Microsoft: OAuth scopes.' },
    { concept: 'owner', english: 'owner', word: 'owner', source: 'HubSpot: record owners (seeds/003 “Show inactive owners”).' },
    { concept: 'user', english: 'user', word: 'user', source: 'HubSpot: “Users & Teams” (seeds/002, 003).' },
    { concept: 'findings', english: 'findings', word: 'finding, findings', source: 'Inboxlink: what the diagnosis found.' },
    { concept: 'auditLog', english: 'audit log', word: 'audit log', source: 'Inboxlink: every action, by whom, with its result.' },
    { concept: 'options', english: 'options', word: 'options', source: 'Inboxlink’s own options page (the browser calls it that).' },
    { concept: 'settings', english: 'settings', word: 'settings', source: 'HubSpot’s, Google’s or Microsoft’s settings; never Inboxlink’s own.' },
    { concept: 'provider', english: 'mail provider', word: 'mail provider, provider', source: 'Inboxlink: Google, Microsoft or the IMAP host.' },
    { concept: 'side', english: 'side', word: 'in HubSpot / at the mail provider', source: 'Inboxlink: the two places a link must be undone.' },
    { concept: 'status.linked', english: 'Linked', word: 'Linked', source: 'Inboxlink status.' },
    { concept: 'status.broken', english: 'Broken', word: 'Broken', source: 'Inboxlink status: connected, but the connection does not work.' },
    { concept: 'status.half-unlinked', english: 'Half-unlinked', word: 'Half-unlinked', source: 'Inboxlink status: gone from HubSpot, access left at the provider.' },
    { concept: 'status.not-linked', english: 'Not linked', word: 'Not linked', source: 'Inboxlink status.' },
    { concept: 'status.unknown', english: 'Unknown', word: 'Unknown', source: 'Inboxlink status.' },
    { concept: 'quotes', english: '“…”', word: '“…” (apostrophe ’)', source: 'English typography.' },
  ],
  replaced: [
    {
      concept: 'inbox',
      pattern: /(?<!Conversations )(?<![\p{L}])inbox(?:es)?(?![\p{L}])/iu,
      use: 'mailbox (or “Conversations inbox” for HubSpot’s)',
      why: '“Inbox” is HubSpot’s Conversations inbox only; the user’s email account is the mailbox.',
    },
  ],
  required: [],
};
