import type { policyEn } from './en';

export const policySv: { readonly [K in keyof typeof policyEn]: string } = {
  'policy.heading': 'Inställt av din organisation',
  'policy.intro': 'Din IT-avdelning hanterar de här alternativen i Inboxlink. Du kan inte ändra dem här.',
  'policy.key.hubspotPortalIds': 'Tillåtna HubSpot-konton',
  'policy.key.hubspotRegion': 'HubSpot-region',
  'policy.key.syncIntervalMinutes': 'Synkintervall',
  'policy.key.language': 'Språk',
  'policy.key.allowApiRevoke': 'Ta bort åtkomst via admin-API:t',
  'policy.key.googleClientId': 'Google-inloggningsklient',
  'policy.key.microsoftClientId': 'Microsoft-inloggningsapp',
  'policy.key.microsoftTenant': 'Microsoft-klientorganisation',
  'policy.value.allowed': 'Tillåtet',
  'policy.value.guidedOnly': 'Inte tillåtet: bara guidade steg',
  'policy.ignored.invalid': 'Ignoreras: värdet för ”{key}” är ogiltigt. Inboxlink använder standardvärdet.',
  'policy.ignored.unknown-key': 'Ignoreras: ”{key}” är ingen inställning i Inboxlink.',
  'policy.locked': 'Inställt av din organisation.',
  'policy.guidedOnly': 'Din organisation tillåter bara guidad bortkoppling: Inboxlink tar aldrig bort åtkomst via admin-API:t, utan guidar dig genom leverantörens sida.',
};
