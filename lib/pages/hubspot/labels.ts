import type { Locale } from '../../i18n';

/**
 * Visible labels of HubSpot's UI that the guide looks for, per UI language. German labels are
 * the seed articles' (seeds/000); Swedish "Ta bort" likewise (seeds/002). Where no seed gives
 * a label, it is HubSpot's usual wording in that language. Last checked: 2026-11-01.
 * signedInAs (2026-11-22) is the sandbox's header line; HubSpot's live wording is unverified.
 * The navigation path (settings … inbox, 2026-12-07) is what the guided steps quote: German
 * "Einstellungen", "Integrationen", "E-Mail-Integrationen", "Conversations > Posteingang" and
 * Swedish "Konversationer" are the seeds'; the rest matches the sandbox's HubSpot pages.
 * connectedBy (2026-12-07): the Channels table's column naming who connected a channel, as the
 * sandbox shows it; whether and how HubSpot's own Channels page names that user is unverified.
 * Partner settings (2026-12-07): the sidebar's "Partner" > "Automation", the field "Partner
 * employee email domain" and the "Client Access Manager" are the seeds' (de 001, pl 004; the
 * German article keeps the English product name); settings, save and the nl/sv wording are the
 * sandbox's, HubSpot's live wording unverified.
 */
export const HUBSPOT_LABELS = {
  en: { settings: 'Settings', integrations: 'Integrations', emailIntegrations: 'Email integrations', conversations: 'Conversations', inbox: 'Inbox', signedInAs: 'Signed in as {email}', connectedEmails: 'Connected emails', disabled: 'Disabled', disable: 'Disable', yesDisable: 'Yes, disable', remove: 'Remove', yesRemoveInbox: 'Yes, remove inbox', channels: 'Channels', delete: 'Delete', yesDelete: 'Yes, delete', partner: 'Partner', automation: 'Automation', partnerDomain: 'Partner employee email domain', save: 'Save', clientAccessManager: 'Client Access Manager', connectedBy: 'Connected by' },
  de: { settings: 'Einstellungen', integrations: 'Integrationen', emailIntegrations: 'E-Mail-Integrationen', conversations: 'Conversations', inbox: 'Posteingang', signedInAs: 'Angemeldet als {email}', connectedEmails: 'Verknüpfte E-Mails', disabled: 'Deaktiviert', disable: 'Deaktivieren', yesDisable: 'Ja, deaktivieren', remove: 'Entfernen', yesRemoveInbox: 'Ja, Posteingang entfernen', channels: 'Kanäle', delete: 'Löschen', yesDelete: 'Ja, löschen', partner: 'Partner', automation: 'Automatisierung', partnerDomain: 'E-Mail-Domain für Partnermitarbeiter', save: 'Speichern', clientAccessManager: 'Client Access Manager', connectedBy: 'Verbunden von' },
  sv: { settings: 'Inställningar', integrations: 'Integrationer', emailIntegrations: 'E-postintegrationer', conversations: 'Konversationer', inbox: 'Inkorg', signedInAs: 'Inloggad som {email}', connectedEmails: 'Anslutna e-postmeddelanden', disabled: 'Inaktiverad', disable: 'Inaktivera', yesDisable: 'Ja, inaktivera', remove: 'Ta bort', yesRemoveInbox: 'Ja, ta bort inkorgen', channels: 'Kanaler', delete: 'Radera', yesDelete: 'Ja, radera', partner: 'Partner', automation: 'Automatisering', partnerDomain: 'E-postdomän för partneranställda', save: 'Spara', clientAccessManager: 'Client Access Manager', connectedBy: 'Ansluten av' },
  nl: { settings: 'Instellingen', integrations: 'Integraties', emailIntegrations: 'E-mailintegraties', conversations: 'Conversaties', inbox: 'Inbox', signedInAs: 'Aangemeld als {email}', connectedEmails: 'Verbonden e-mails', disabled: 'Uitgeschakeld', disable: 'Uitschakelen', yesDisable: 'Ja, uitschakelen', remove: 'Verwijderen', yesRemoveInbox: 'Ja, inbox verwijderen', channels: 'Kanalen', delete: 'Verwijderen', yesDelete: 'Ja, verwijderen', partner: 'Partner', automation: 'Automatisering', partnerDomain: 'E-maildomein van partnermedewerkers', save: 'Opslaan', clientAccessManager: 'Client Access Manager', connectedBy: 'Verbonden door' },
  pl: { settings: 'Ustawienia', integrations: 'Integracje', emailIntegrations: 'Integracje e-mail', conversations: 'Konwersacje', inbox: 'Skrzynka odbiorcza', signedInAs: 'Zalogowano jako {email}', connectedEmails: 'Połączone adresy e-mail', disabled: 'Wyłączono', disable: 'Wyłącz', yesDisable: 'Tak, wyłącz', remove: 'Usuń', yesRemoveInbox: 'Tak, usuń skrzynkę odbiorczą', channels: 'Kanały', delete: 'Usuń', yesDelete: 'Tak, usuń', partner: 'Partnerzy', automation: 'Automatyzacja', partnerDomain: 'Domena e-mail pracownika partnera', save: 'Zapisz', clientAccessManager: 'Menedżer dostępu klienta', connectedBy: 'Połączone przez' },
} as const satisfies Record<Locale, Record<string, string>>;

export type HubSpotLabelKey = keyof (typeof HUBSPOT_LABELS)['en'];

/** The page's language from <html lang>, else English (shared by every guide page). */
export { pageLocale } from '../dom/page-dom';
