import { chipSv } from './chip/sv';
import type { Catalog } from './en';
import { authSv } from './auth/sv';
import { syncSv } from './sync/sv';
import { uiSv } from './ui/sv';
import { findingsSv } from './findings/sv';
import { plansSv } from './plans/sv';
import { peoplePlansSv } from './people-plans/sv';
import { peopleSv } from './people/sv';
import { historySv } from './history/sv';
import { policySv } from './policy/sv';
import { firstrunSv } from './firstrun/sv';
import { partnerSv } from './partner/sv';

export const sv = {
  ...authSv,
  ...syncSv,
  ...uiSv,
  ...chipSv,
  ...findingsSv,
  ...plansSv,
  ...peoplePlansSv,
  ...peopleSv,
  ...historySv,
  ...policySv,
  ...firstrunSv,
  ...partnerSv,
  'app.name': 'Inboxlink',
  'status.linked': 'Kopplad',
  'status.broken': 'Trasig',
  'status.half-unlinked': 'Halvt bortkopplad',
  'status.not-linked': 'Inte kopplad',
  'status.unknown': 'Okänd',
  'status.linked.explain': 'HubSpot är kopplat till den här postlådan och kopplingen fungerar.',
  'status.broken.explain': 'HubSpot är kopplat till den här postlådan, men kopplingen fungerar inte.',
  'status.half-unlinked.explain': 'HubSpot använder inte längre den här postlådan, men leverantören kan fortfarande ge HubSpot åtkomst.',
  'status.not-linked.explain': 'Den här postlådan är inte kopplad till HubSpot, varken i HubSpot eller hos e-postleverantören.',
  'status.unknown.explain': 'Öppna HubSpots e-postinställningar en gång så att Inboxlink kan se den här postlådans koppling.',
  'chip.label': 'HubSpot-koppling: {status}',
  'popup.title': 'Inboxlink',
  'popup.thisMailbox': 'Den här postlådan',
  'popup.allMailboxes': 'Sedda postlådor',
  'popup.noMailboxes': 'Ingen postlåda sedd ännu. Öppna Gmail eller Outlook på webben.',
  'popup.openSidePanel': 'Öppna sidopanelen',
  'popup.recheck': 'Kontrollera igen nu',
  'popup.reloadTab': 'Inboxlink har uppdaterats. Ladda om fliken för att se postlådans status.',
  'popup.seenAgo': 'sedd {age}',
  'sidepanel.title': 'Postlådor',
  'sidepanel.empty': 'Inga postlådor ännu. Koppla Inboxlink till HubSpot i alternativen och öppna sedan Gmail eller Outlook.',
  'sidepanel.openOptions': 'Öppna alternativ',
  'options.title': 'Inboxlink – alternativ',
  'options.hubspot.heading': 'HubSpot',
  'options.hubspot.tokenLabel': 'Åtkomsttoken (tjänstnyckel eller privat app)',
  'options.hubspot.connect': 'Koppla till HubSpot',
  'options.language.heading': 'Språk',
  'options.language.browser': 'Webbläsarens standard',
  'options.data.heading': 'Lokala data',
  'options.data.clear': 'Rensa lokala data',
  'options.data.cleared': 'Lokala data har rensats.',
  'age.justNow': 'nyss',
  'error.generic': 'Något gick fel. Försök igen.',
  'error.kind.expired-auth': 'Inloggningen har gått ut eller dragits tillbaka: logga in igen i alternativen.',
  'error.kind.missing-scope': 'Kontot saknar en behörighet: {scopes}',
  'error.kind.not-found': 'Det Inboxlink letade efter finns inte längre.',
  'error.kind.rate-limited': 'Tjänsten är upptagen: försök igen om en stund.',
  'error.kind.malformed': 'Tjänsten skickade ett svar som Inboxlink inte kan läsa. Försök igen senare.',
  'error.kind.offline': 'Offline: kontrollera nätverket och försök igen.',
  'provider.google': 'Google',
  'provider.microsoft365': 'Microsoft 365',
  'provider.outlook': 'Outlook.com',
  'provider.imap': 'IMAP',
  'provider.unknown': 'Okänd leverantör',
} as const satisfies Catalog;
