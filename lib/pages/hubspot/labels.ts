import type { Locale } from '../../i18n';

/**
 * Visible labels of HubSpot's UI that the guide looks for, per UI language. German labels are
 * the seed articles' (seeds/000); Swedish "Ta bort" likewise (seeds/002). Where no seed gives
 * a label, it is HubSpot's usual wording in that language. Last checked: 2026-11-01.
 */
export const HUBSPOT_LABELS = {
  en: { connectedEmails: 'Connected emails', disabled: 'Disabled', disable: 'Disable', yesDisable: 'Yes, disable', remove: 'Remove', yesRemoveInbox: 'Yes, remove inbox', channels: 'Channels', delete: 'Delete', yesDelete: 'Yes, delete' },
  de: { connectedEmails: 'Verknüpfte E-Mails', disabled: 'Deaktiviert', disable: 'Deaktivieren', yesDisable: 'Ja, deaktivieren', remove: 'Entfernen', yesRemoveInbox: 'Ja, Posteingang entfernen', channels: 'Kanäle', delete: 'Löschen', yesDelete: 'Ja, löschen' },
  sv: { connectedEmails: 'Anslutna e-postmeddelanden', disabled: 'Inaktiverad', disable: 'Inaktivera', yesDisable: 'Ja, inaktivera', remove: 'Ta bort', yesRemoveInbox: 'Ja, ta bort inkorgen', channels: 'Kanaler', delete: 'Radera', yesDelete: 'Ja, radera' },
  nl: { connectedEmails: 'Verbonden e-mails', disabled: 'Uitgeschakeld', disable: 'Uitschakelen', yesDisable: 'Ja, uitschakelen', remove: 'Verwijderen', yesRemoveInbox: 'Ja, inbox verwijderen', channels: 'Kanalen', delete: 'Verwijderen', yesDelete: 'Ja, verwijderen' },
  pl: { connectedEmails: 'Połączone adresy e-mail', disabled: 'Wyłączono', disable: 'Wyłącz', yesDisable: 'Tak, wyłącz', remove: 'Usuń', yesRemoveInbox: 'Tak, usuń skrzynkę odbiorczą', channels: 'Kanały', delete: 'Usuń', yesDelete: 'Tak, usuń' },
} as const satisfies Record<Locale, Record<string, string>>;

export type HubSpotLabelKey = keyof (typeof HUBSPOT_LABELS)['en'];

/** The page's language from <html lang>, else English. */
export function pageLocale(doc: Document): Locale {
  const lang = doc.documentElement.lang.toLowerCase().split('-')[0] ?? 'en';
  return lang in HUBSPOT_LABELS ? (lang as Locale) : 'en';
}
