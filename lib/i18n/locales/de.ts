import { chipDe } from './chip/de';
import type { Catalog } from './en';
import { authDe } from './auth/de';
import { syncDe } from './sync/de';
import { uiDe } from './ui/de';
import { findingsDe } from './findings/de';
import { plansDe } from './plans/de';
import { peoplePlansDe } from './people-plans/de';
import { peopleDe } from './people/de';
import { historyDe } from './history/de';
import { policyDe } from './policy/de';
import { firstrunDe } from './firstrun/de';
import { partnerDe } from './partner/de';

export const de = {
  ...authDe,
  ...syncDe,
  ...uiDe,
  ...chipDe,
  ...findingsDe,
  ...plansDe,
  ...peoplePlansDe,
  ...peopleDe,
  ...historyDe,
  ...policyDe,
  ...firstrunDe,
  ...partnerDe,
  'app.name': 'Inboxlink',
  'status.linked': 'Verknüpft',
  'status.broken': 'Gestört',
  'status.half-unlinked': 'Halb getrennt',
  'status.not-linked': 'Nicht verknüpft',
  'status.unknown': 'Unbekannt',
  'status.linked.explain': 'HubSpot ist mit diesem Postfach verbunden und die Verbindung funktioniert.',
  'status.broken.explain': 'HubSpot ist mit diesem Postfach verbunden, aber die Verbindung funktioniert nicht.',
  'status.half-unlinked.explain': 'HubSpot nutzt dieses Postfach nicht mehr, aber der Anbieter gewährt HubSpot womöglich noch Zugriff.',
  'status.not-linked.explain': 'Dieses Postfach ist weder in HubSpot noch beim E-Mail-Anbieter mit HubSpot verknüpft.',
  'status.unknown.explain': 'Öffnen Sie einmal die E-Mail-Einstellungen in HubSpot, damit Inboxlink die Verbindung dieses Postfachs sieht.',
  'chip.label': 'HubSpot-Verknüpfung: {status}',
  'popup.title': 'Inboxlink',
  'popup.thisMailbox': 'Dieses Postfach',
  'popup.allMailboxes': 'Gesehene Postfächer',
  'popup.noMailboxes': 'Noch kein Postfach gesehen. Öffnen Sie Gmail oder Outlook im Web.',
  'popup.openSidePanel': 'Seitenleiste öffnen',
  'popup.recheck': 'Jetzt erneut prüfen',
  'popup.reloadTab': 'Inboxlink wurde aktualisiert. Laden Sie diesen Tab neu, um den Postfachstatus zu sehen.',
  'popup.seenAgo': '{age} gesehen',
  'sidepanel.title': 'Postfächer',
  'sidepanel.empty': 'Noch keine Postfächer. Verbinden Sie HubSpot in den Optionen und öffnen Sie dann Gmail oder Outlook.',
  'sidepanel.openOptions': 'Optionen öffnen',
  'options.title': 'Inboxlink-Optionen',
  'options.hubspot.heading': 'HubSpot',
  'options.hubspot.tokenLabel': 'Zugriffstoken (Service-Key oder private App)',
  'options.hubspot.connect': 'Verbinden',
  'options.language.heading': 'Sprache',
  'options.language.browser': 'Browser-Standard',
  'options.data.heading': 'Lokale Daten',
  'options.data.clear': 'Lokale Daten löschen',
  'options.data.cleared': 'Lokale Daten gelöscht.',
  'age.justNow': 'gerade eben',
  'error.generic': 'Etwas ist schiefgegangen. Versuchen Sie es erneut.',
  'error.kind.expired-auth': 'Die Anmeldung ist abgelaufen oder wurde widerrufen: Melden Sie sich in den Optionen erneut an.',
  'error.kind.missing-scope': 'Dem Konto fehlt eine Berechtigung: {scopes}',
  'error.kind.not-found': 'Was Inboxlink gesucht hat, gibt es nicht mehr.',
  'error.kind.rate-limited': 'Der Dienst ist ausgelastet: Versuchen Sie es gleich noch einmal.',
  'error.kind.malformed': 'Der Dienst hat eine Antwort gesendet, die Inboxlink nicht lesen kann. Versuchen Sie es später erneut.',
  'error.kind.offline': 'Keine Verbindung: Prüfen Sie das Netzwerk und versuchen Sie es erneut.',
  'provider.google': 'Google',
  'provider.microsoft365': 'Microsoft 365',
  'provider.outlook': 'Outlook.com',
  'provider.imap': 'IMAP',
  'provider.unknown': 'Unbekannter Anbieter',
} as const satisfies Catalog;
