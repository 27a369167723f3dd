/** Strings of diagnostic findings: titles, evidence and fixes. Same keys in every locale. */
export const findingsPl = {
  'finding.severity.info': 'Informacja',
  'finding.severity.warning': 'Ostrzeżenie',
  'finding.severity.critical': 'Krytyczne',
  'finding.half-unlinked.title': 'Odłączona w HubSpot, ale dostawca może nadal przyznawać dostęp',
  'finding.half-unlinked.fix':
    'Usuń dostęp HubSpot u dostawcy poczty (Google: „Usuń dostęp”; Office 365: „Odwołaj”; Outlook.com: „Usuń te uprawnienia”; IMAP: skontaktuj się z działem IT), a następnie sprawdź ponownie.',
  'finding.broken-connection.title': 'Połączona w HubSpot, ale połączenie nie działa',
  'finding.broken-connection.fix':
    'Połącz skrzynkę ponownie w ustawieniach poczty HubSpot (skrzynka zespołu: jej kanał w ustawieniach skrzynki Conversations) albo odłącz ją, jeśli nie jest już używana.',
  'finding.grant-without-inbox.title': 'HubSpot ma dostęp, ale w HubSpot nie jest połączona żadna skrzynka',
  'finding.grant-without-inbox.fix':
    'Sprawdź ten adres na stronie „Połączone adresy e-mail” w HubSpot. Jeśli nie ma tam połączonej skrzynki, usuń dostęp HubSpot u dostawcy poczty.',
  'finding.deactivated-user-grant.title': 'Dezaktywowany lub usunięty użytkownik nadal przyznaje HubSpot dostęp',
  'finding.deactivated-user-grant.fix':
    'Usuń dostęp HubSpot dla tego adresu w Google lub Microsoft (jako administrator albo na stronie zabezpieczeń samego konta).',
  'finding.deactivated-user-team-channel.title': 'Kanał zespołu jest nadal połączony z adresem dezaktywowanego lub usuniętego użytkownika',
  'finding.deactivated-user-team-channel.fix':
    'Usuń kanał e-mail zespołu w ustawieniach skrzynki Conversations (Kanały > Usuń) albo połącz zamiast niego adres wspólny.',
  'finding.stale-observation.title': 'Strona HubSpot była ostatnio sprawdzana ponad 30 dni temu',
  'finding.stale-observation.fix':
    'Otwórz ustawienia poczty w HubSpot (Ustawienia > Integracje > Integracje poczty e-mail > Połączone adresy e-mail), aby Inboxlink zobaczył aktualny stan.',
  'finding.crm-user-mismatch.title': 'Skrzynka połączona w HubSpot dla adresu, który nie jest użytkownikiem HubSpot',
  'finding.crm-user-mismatch.fix':
    'Znajdź konto HubSpot, pod którym połączono skrzynkę, i odłącz ją tam albo dodaj tę osobę jako użytkownika HubSpot, jeśli jej poczta ma być rejestrowana.',
  'finding.evidence.crm': 'HubSpot pokazał „{value}” na {where} o {at}',
  'finding.evidence.channel': 'Kanał zespołu {value} w API HubSpot ({where}) o {at}',
  'finding.evidence.grant': 'Dostęp u dostawcy {value} ({where}) o {at}',
  'finding.evidence.user': 'Użytkownik HubSpot {value} ({where}) o {at}',
  'finding.evidence.signed-in': 'Zalogowano na {where} o {at}',
  'finding.evidence.connected-under': 'Połączona pod użytkownikiem HubSpot {value}',
  'finding.evidence.age-days': 'Ostatnio widziana {value} dni temu',
} as const;
