import { chipNl } from './chip/nl';
import type { Catalog } from './en';
import { authNl } from './auth/nl';
import { syncNl } from './sync/nl';
import { uiNl } from './ui/nl';
import { findingsNl } from './findings/nl';
import { plansNl } from './plans/nl';
import { peoplePlansNl } from './people-plans/nl';
import { peopleNl } from './people/nl';
import { historyNl } from './history/nl';
import { policyNl } from './policy/nl';
import { firstrunNl } from './firstrun/nl';
import { partnerNl } from './partner/nl';

export const nl = {
  ...authNl,
  ...syncNl,
  ...uiNl,
  ...chipNl,
  ...findingsNl,
  ...plansNl,
  ...peoplePlansNl,
  ...peopleNl,
  ...historyNl,
  ...policyNl,
  ...firstrunNl,
  ...partnerNl,
  'app.name': 'Inboxlink',
  'status.linked': 'Gekoppeld',
  'status.broken': 'Verstoord',
  'status.half-unlinked': 'Half ontkoppeld',
  'status.not-linked': 'Niet gekoppeld',
  'status.unknown': 'Onbekend',
  'status.linked.explain': 'HubSpot is met deze mailbox verbonden en de verbinding werkt.',
  'status.broken.explain': 'HubSpot is met deze mailbox verbonden, maar de verbinding werkt niet.',
  'status.half-unlinked.explain': 'HubSpot gebruikt deze mailbox niet meer, maar de provider geeft HubSpot mogelijk nog toegang.',
  'status.not-linked.explain': 'Deze mailbox is noch in HubSpot noch bij de e-mailprovider aan HubSpot gekoppeld.',
  'status.unknown.explain': 'Open één keer de e-mailinstellingen in HubSpot, zodat Inboxlink de verbinding van deze mailbox ziet.',
  'chip.label': 'HubSpot-koppeling: {status}',
  'popup.title': 'Inboxlink',
  'popup.thisMailbox': 'Deze mailbox',
  'popup.allMailboxes': 'Geziene mailboxen',
  'popup.noMailboxes': 'Nog geen mailbox gezien. Open Gmail of Outlook op het web.',
  'popup.openSidePanel': 'Zijpaneel openen',
  'popup.recheck': 'Nu opnieuw controleren',
  'popup.reloadTab': 'Inboxlink is bijgewerkt. Laad dit tabblad opnieuw om de mailboxstatus te zien.',
  'popup.seenAgo': '{age} gezien',
  'sidepanel.title': 'Mailboxen',
  'sidepanel.empty': 'Nog geen mailboxen. Verbind HubSpot in de opties en open daarna Gmail of Outlook.',
  'sidepanel.openOptions': 'Opties openen',
  'options.title': 'Inboxlink-opties',
  'options.hubspot.heading': 'HubSpot',
  'options.hubspot.tokenLabel': 'Toegangstoken (servicesleutel of privé-app)',
  'options.hubspot.connect': 'Verbinden',
  'options.language.heading': 'Taal',
  'options.language.browser': 'Standaard van de browser',
  'options.data.heading': 'Lokale gegevens',
  'options.data.clear': 'Lokale gegevens wissen',
  'options.data.cleared': 'Lokale gegevens gewist.',
  'age.justNow': 'zojuist',
  'error.generic': 'Er ging iets mis. Probeer het opnieuw.',
  'error.kind.expired-auth': 'De aanmelding is verlopen of ingetrokken: meld u opnieuw aan in de opties.',
  'error.kind.missing-scope': 'Het account mist een machtiging: {scopes}',
  'error.kind.not-found': 'Wat Inboxlink zocht, bestaat niet meer.',
  'error.kind.rate-limited': 'De dienst is bezet: probeer het zo opnieuw.',
  'error.kind.malformed': 'De dienst stuurde een antwoord dat Inboxlink niet kan lezen. Probeer het later opnieuw.',
  'error.kind.offline': 'Geen verbinding: controleer het netwerk en probeer het opnieuw.',
  'provider.google': 'Google',
  'provider.microsoft365': 'Microsoft 365',
  'provider.outlook': 'Outlook.com',
  'provider.imap': 'IMAP',
  'provider.unknown': 'Onbekende provider',
} as const satisfies Catalog;
