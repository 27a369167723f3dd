/** Strings of diagnostic findings: titles, evidence and fixes. Same keys in every locale. */
export const findingsSv = {
  'finding.severity.info': 'Info',
  'finding.severity.warning': 'Varning',
  'finding.severity.critical': 'Kritisk',
  'finding.half-unlinked.title': 'Frånkopplad i HubSpot, men leverantören kan fortfarande ge åtkomst',
  'finding.half-unlinked.fix':
    'Ta bort HubSpots åtkomst hos e-postleverantören (Google: ”Ta bort åtkomst”; Office 365: ”Återkalla”; Outlook.com: ”Ta bort de här behörigheterna”; IMAP: kontakta din IT-avdelning) och kontrollera sedan igen.',
  'finding.broken-connection.title': 'Ansluten i HubSpot, men anslutningen fungerar inte',
  'finding.broken-connection.fix':
    'Anslut inkorgen igen i HubSpots e-postinställningar (en teaminkorg: dess kanal i inställningarna för Conversations-inkorgen), eller koppla från den om den inte längre används.',
  'finding.grant-without-inbox.title': 'HubSpot har åtkomst, men ingen inkorg är ansluten i HubSpot',
  'finding.grant-without-inbox.fix':
    'Kontrollera adressen på sidan ”Anslutna e-postmeddelanden” i HubSpot. Om ingen inkorg är ansluten där, ta bort HubSpots åtkomst hos e-postleverantören.',
  'finding.deactivated-user-grant.title': 'En avaktiverad eller borttagen användare ger fortfarande HubSpot åtkomst',
  'finding.deactivated-user-grant.fix':
    'Ta bort HubSpots åtkomst för adressen hos Google eller Microsoft (som administratör, eller på kontots egen säkerhetssida).',
  'finding.deactivated-user-team-channel.title': 'En teamkanal är fortfarande ansluten till en avaktiverad eller borttagen användares adress',
  'finding.deactivated-user-team-channel.fix':
    'Radera teamets e-postkanal i inställningarna för Conversations-inkorgen (Kanaler > Radera), eller anslut en delad adress i stället.',
  'finding.stale-observation.title': 'HubSpots sida kontrollerades senast för mer än 30 dagar sedan',
  'finding.stale-observation.fix':
    'Öppna HubSpots e-postinställningar (Inställningar > Integrationer > E-postintegrationer > Anslutna e-postmeddelanden) så att Inboxlink ser det aktuella läget.',
  'finding.crm-user-mismatch.title': 'Inkorg ansluten i HubSpot för en adress som inte är en HubSpot-användare',
  'finding.crm-user-mismatch.fix':
    'Leta reda på HubSpot-kontot som inkorgen är ansluten under och koppla från den där, eller lägg till personen som HubSpot-användare om e-posten ska loggas.',
  'finding.evidence.crm': 'HubSpot visade ”{value}” på {where} kl. {at}',
  'finding.evidence.channel': 'Teamkanal {value} i HubSpots API ({where}) kl. {at}',
  'finding.evidence.grant': 'Åtkomst hos leverantören {value} ({where}) kl. {at}',
  'finding.evidence.user': 'HubSpot-användare {value} ({where}) kl. {at}',
  'finding.evidence.signed-in': 'Inloggad på {where} kl. {at}',
  'finding.evidence.connected-under': 'Ansluten under HubSpot-användaren {value}',
  'finding.evidence.age-days': 'Senast sedd för {value} dagar sedan',
} as const;
