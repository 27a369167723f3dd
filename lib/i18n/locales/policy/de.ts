import type { policyEn } from './en';

export const policyDe: { readonly [K in keyof typeof policyEn]: string } = {
  'policy.heading': 'Von Ihrer Organisation festgelegt',
  'policy.intro': 'Ihre IT-Abteilung verwaltet diese Optionen von Inboxlink. Sie können sie hier nicht ändern.',
  'policy.key.hubspotPortalIds': 'Zugelassene HubSpot-Konten',
  'policy.key.hubspotRegion': 'HubSpot-Region',
  'policy.key.syncIntervalMinutes': 'Synchronisierungsintervall',
  'policy.key.language': 'Sprache',
  'policy.key.allowApiRevoke': 'Zugriff über die Admin-API entfernen',
  'policy.key.googleClientId': 'Google-Anmeldeclient',
  'policy.key.microsoftClientId': 'Microsoft-Anmelde-App',
  'policy.key.microsoftTenant': 'Microsoft-Mandant',
  'policy.value.allowed': 'Erlaubt',
  'policy.value.guidedOnly': 'Nicht erlaubt: nur geführte Schritte',
  'policy.ignored.invalid': 'Ignoriert: Der für „{key}“ festgelegte Wert ist ungültig. Inboxlink verwendet den Standardwert.',
  'policy.ignored.unknown-key': 'Ignoriert: „{key}“ ist keine Einstellung von Inboxlink.',
  'policy.locked': 'Von Ihrer Organisation festgelegt.',
  'policy.guidedOnly': 'Ihre Organisation erlaubt nur das geführte Trennen: Inboxlink entfernt nie Zugriff über die Admin-API, sondern führt Sie durch die Seite des Anbieters.',
};
