import type { PluralMessage } from '../message';
import { chipEn } from './chip/en';
import { authEn } from './auth/en';
import { syncEn } from './sync/en';
import { uiEn } from './ui/en';
import { findingsEn } from './findings/en';
import { plansEn } from './plans/en';
import { peoplePlansEn } from './people-plans/en';
import { peopleEn } from './people/en';
import { historyEn } from './history/en';
import { policyEn } from './policy/en';
import { firstrunEn } from './firstrun/en';
import { partnerEn } from './partner/en';
/**
 * English: the reference catalog. Every other locale must have exactly these keys and, per key,
 * the same {placeholders} (tests/i18n/catalogs.test.ts; the `Catalog` type catches missing keys).
 */
export const en = {
  ...authEn,
  ...syncEn,
  ...uiEn,
  ...chipEn,
  ...findingsEn,
  ...plansEn,
  ...peoplePlansEn,
  ...peopleEn,
  ...historyEn,
  ...policyEn,
  ...firstrunEn,
  ...partnerEn,
  'app.name': 'Inboxlink',
  'status.linked': 'Linked',
  'status.broken': 'Broken',
  'status.half-unlinked': 'Half-unlinked',
  'status.not-linked': 'Not linked',
  'status.unknown': 'Unknown',
  'status.linked.explain': 'HubSpot is connected to this mailbox and healthy.',
  'status.broken.explain': 'HubSpot is connected to this mailbox, but the connection does not work.',
  'status.half-unlinked.explain': 'HubSpot no longer uses this mailbox, but the provider may still grant HubSpot access.',
  'status.not-linked.explain': 'This mailbox is not linked to HubSpot on either side.',
  'status.unknown.explain': 'Open HubSpot’s email settings once so Inboxlink can see this mailbox’s connection.',
  'chip.label': 'HubSpot link: {status}',
  'popup.title': 'Inboxlink',
  'popup.thisMailbox': 'This mailbox',
  'popup.allMailboxes': 'Mailboxes seen',
  'popup.noMailboxes': 'No mailbox seen yet. Open Gmail or Outlook on the web.',
  'popup.openSidePanel': 'Open side panel',
  'popup.recheck': 'Recheck now',
  'popup.reloadTab': 'Inboxlink was updated. Reload this tab to see the mailbox status.',
  'popup.seenAgo': 'seen {age}',
  'sidepanel.title': 'Mailboxes',
  'sidepanel.empty': 'No mailboxes yet. Connect HubSpot in the options, then open Gmail or Outlook.',
  'sidepanel.openOptions': 'Open options',
  'options.title': 'Inboxlink options',
  'options.hubspot.heading': 'HubSpot',
  'options.hubspot.tokenLabel': 'Access token (service key or private app)',
  'options.hubspot.connect': 'Connect',
  'options.language.heading': 'Language',
  'options.language.browser': 'Browser default',
  'options.data.heading': 'Local data',
  'options.data.clear': 'Clear local data',
  'options.data.cleared': 'Local data cleared.',
  'age.justNow': 'just now',
  'error.generic': 'Something went wrong. Try again.',
  'error.kind.expired-auth': 'The sign-in has expired or was withdrawn: sign in again in the options.',
  'error.kind.missing-scope': 'The account lacks a permission: {scopes}',
  'error.kind.not-found': 'What Inboxlink looked for no longer exists.',
  'error.kind.rate-limited': 'The service is busy: try again in a moment.',
  'error.kind.malformed': 'The service sent an answer Inboxlink cannot read. Try again later.',
  'error.kind.offline': 'No connection: check the network and try again.',
  'provider.google': 'Google',
  'provider.microsoft365': 'Microsoft 365',
  'provider.outlook': 'Outlook.com',
  'provider.imap': 'IMAP',
  'provider.unknown': 'Unknown provider',
} as const;

export type MessageKey = keyof typeof en;
/**
 * A locale's catalog: every key, any text; where English has plural forms, the locale has its own
 * language's forms (lib/i18n/message.ts).
 */
export type Catalog = { readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage };
