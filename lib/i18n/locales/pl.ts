import { chipPl } from './chip/pl';
import type { Catalog } from './en';
import { authPl } from './auth/pl';
import { syncPl } from './sync/pl';
import { uiPl } from './ui/pl';
import { findingsPl } from './findings/pl';
import { plansPl } from './plans/pl';
import { peoplePlansPl } from './people-plans/pl';
import { peoplePl } from './people/pl';
import { historyPl } from './history/pl';
import { policyPl } from './policy/pl';
import { firstrunPl } from './firstrun/pl';
import { partnerPl } from './partner/pl';

export const pl = {
  ...authPl,
  ...syncPl,
  ...uiPl,
  ...chipPl,
  ...findingsPl,
  ...plansPl,
  ...peoplePlansPl,
  ...peoplePl,
  ...historyPl,
  ...policyPl,
  ...firstrunPl,
  ...partnerPl,
  'app.name': 'Inboxlink',
  'status.linked': 'Połączona',
  'status.broken': 'Błąd połączenia',
  'status.half-unlinked': 'Częściowo odłączona',
  'status.not-linked': 'Niepołączona',
  'status.unknown': 'Stan nieznany',
  'status.linked.explain': 'HubSpot jest połączony z tą skrzynką i połączenie działa.',
  'status.broken.explain': 'HubSpot jest połączony z tą skrzynką, ale połączenie nie działa.',
  'status.half-unlinked.explain': 'HubSpot nie korzysta już z tej skrzynki, ale dostawca może nadal udzielać HubSpot dostępu.',
  'status.not-linked.explain': 'Ta skrzynka nie jest połączona z HubSpot ani w HubSpot, ani u dostawcy poczty.',
  'status.unknown.explain': 'Otwórz raz ustawienia poczty e-mail w HubSpot, aby Inboxlink zobaczył połączenie tej skrzynki.',
  'chip.label': 'Skrzynka w HubSpot: {status}',
  'popup.title': 'Inboxlink',
  'popup.thisMailbox': 'Ta skrzynka',
  'popup.allMailboxes': 'Widziane skrzynki',
  'popup.noMailboxes': 'Nie widziano jeszcze żadnej skrzynki. Otwórz Gmail lub Outlook w przeglądarce.',
  'popup.openSidePanel': 'Otwórz panel boczny',
  'popup.recheck': 'Sprawdź ponownie teraz',
  'popup.reloadTab': 'Inboxlink został zaktualizowany. Odśwież tę kartę, aby zobaczyć stan skrzynki.',
  'popup.seenAgo': 'widziano {age}',
  'sidepanel.title': 'Skrzynki pocztowe',
  'sidepanel.empty': 'Brak skrzynek. Połącz HubSpot w opcjach, a potem otwórz Gmail lub Outlook.',
  'sidepanel.openOptions': 'Otwórz opcje',
  'options.title': 'Opcje Inboxlink',
  'options.hubspot.heading': 'HubSpot',
  'options.hubspot.tokenLabel': 'Token dostępu (klucz usługi lub aplikacja prywatna)',
  'options.hubspot.connect': 'Połącz',
  'options.language.heading': 'Język',
  'options.language.browser': 'Domyślny przeglądarki',
  'options.data.heading': 'Dane lokalne',
  'options.data.clear': 'Wyczyść dane lokalne',
  'options.data.cleared': 'Dane lokalne wyczyszczone.',
  'age.justNow': 'przed chwilą',
  'error.generic': 'Coś poszło nie tak. Spróbuj ponownie.',
  'error.kind.expired-auth': 'Logowanie wygasło lub zostało cofnięte: zaloguj się ponownie w opcjach.',
  'error.kind.missing-scope': 'Kontu brakuje uprawnienia: {scopes}',
  'error.kind.not-found': 'To, czego szukał Inboxlink, już nie istnieje.',
  'error.kind.rate-limited': 'Usługa jest zajęta: spróbuj ponownie za chwilę.',
  'error.kind.malformed': 'Usługa wysłała odpowiedź, której Inboxlink nie może odczytać. Spróbuj później.',
  'error.kind.offline': 'Brak połączenia: sprawdź sieć i spróbuj ponownie.',
  'provider.google': 'Google',
  'provider.microsoft365': 'Microsoft 365',
  'provider.outlook': 'Outlook.com',
  'provider.imap': 'IMAP',
  'provider.unknown': 'Nieznany dostawca',
} as const satisfies Catalog;
