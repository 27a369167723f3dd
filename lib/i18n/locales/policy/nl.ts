import type { policyEn } from './en';

export const policyNl: { readonly [K in keyof typeof policyEn]: string } = {
  'policy.heading': 'Ingesteld door uw organisatie',
  'policy.intro': 'Uw IT-afdeling beheert deze opties van Inboxlink. U kunt ze hier niet wijzigen.',
  'policy.key.hubspotPortalIds': 'Toegestane HubSpot-accounts',
  'policy.key.hubspotRegion': 'HubSpot-regio',
  'policy.key.syncIntervalMinutes': 'Synchronisatie-interval',
  'policy.key.language': 'Taal',
  'policy.key.allowApiRevoke': 'Toegang intrekken via de beheer-API',
  'policy.key.googleClientId': 'Google-aanmeldclient',
  'policy.key.microsoftClientId': 'Microsoft-aanmeldapp',
  'policy.key.microsoftTenant': 'Microsoft-tenant',
  'policy.value.allowed': 'Toegestaan',
  'policy.value.guidedOnly': 'Niet toegestaan: alleen begeleide stappen',
  'policy.ignored.invalid': 'Genegeerd: de waarde voor ‘{key}’ is ongeldig. Inboxlink gebruikt de standaardwaarde.',
  'policy.ignored.unknown-key': 'Genegeerd: ‘{key}’ is geen instelling van Inboxlink.',
  'policy.locked': 'Ingesteld door uw organisatie.',
  'policy.guidedOnly': 'Uw organisatie staat alleen begeleid ontkoppelen toe: Inboxlink trekt nooit toegang in via de beheer-API, maar begeleidt u via de pagina van de provider.',
};
