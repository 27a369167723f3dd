import type { policyEn } from './en';

export const policyPl: { readonly [K in keyof typeof policyEn]: string } = {
  'policy.heading': 'Ustawione przez organizację',
  'policy.intro': 'Tymi opcjami Inboxlink zarządza dział IT. Nie można ich tu zmienić.',
  'policy.key.hubspotPortalIds': 'Dozwolone konta HubSpot',
  'policy.key.hubspotRegion': 'Region HubSpot',
  'policy.key.syncIntervalMinutes': 'Częstotliwość synchronizacji',
  'policy.key.language': 'Język',
  'policy.key.allowApiRevoke': 'Odbieranie dostępu przez API administratora',
  'policy.key.googleClientId': 'Klient logowania Google',
  'policy.key.microsoftClientId': 'Aplikacja logowania Microsoft',
  'policy.key.microsoftTenant': 'Dzierżawa Microsoft',
  'policy.value.allowed': 'Dozwolone',
  'policy.value.guidedOnly': 'Niedozwolone: tylko kroki z przewodnikiem',
  'policy.ignored.invalid': 'Pominięto: wartość ustawiona dla „{key}” jest nieprawidłowa. Inboxlink używa wartości domyślnej.',
  'policy.ignored.unknown-key': 'Pominięto: „{key}” nie jest ustawieniem Inboxlink.',
  'policy.locked': 'Ustawione przez organizację.',
  'policy.guidedOnly': 'Twoja organizacja pozwala tylko na odłączanie z przewodnikiem: Inboxlink nigdy nie odbiera dostępu przez API administratora, tylko prowadzi Cię przez stronę dostawcy.',
};
