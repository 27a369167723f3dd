/** Strings of diagnostic findings: titles, evidence and fixes. Same keys in every locale. */
export const findingsNl = {
  'finding.severity.info': 'Info',
  'finding.severity.warning': 'Waarschuwing',
  'finding.severity.critical': 'Kritiek',
  'finding.half-unlinked.title': 'Losgekoppeld in HubSpot, maar de provider geeft mogelijk nog toegang',
  'finding.half-unlinked.fix':
    'Verwijder de toegang van HubSpot bij de e-mailprovider (Google: “Toegang verwijderen”; Office 365: “Intrekken”; Outlook.com: “Deze machtigingen verwijderen”; IMAP: neem contact op met je IT-afdeling) en controleer daarna opnieuw.',
  'finding.broken-connection.title': 'Verbonden in HubSpot, maar de verbinding werkt niet',
  'finding.broken-connection.fix':
    'Verbind de inbox opnieuw in de e-mailinstellingen van HubSpot (een team-inbox: het kanaal in de instellingen van de Conversations-inbox), of koppel hem los als hij niet meer wordt gebruikt.',
  'finding.grant-without-inbox.title': 'HubSpot heeft toegang, maar er is geen inbox verbonden in HubSpot',
  'finding.grant-without-inbox.fix':
    'Controleer dit adres op de pagina “Verbonden e-mails” in HubSpot. Is daar geen inbox verbonden, verwijder dan de toegang van HubSpot bij de e-mailprovider.',
  'finding.deactivated-user-grant.title': 'Een gedeactiveerde of verwijderde gebruiker geeft HubSpot nog toegang',
  'finding.deactivated-user-grant.fix':
    'Verwijder de toegang van HubSpot voor dit adres bij Google of Microsoft (als beheerder, of op de beveiligingspagina van het account zelf).',
  'finding.deactivated-user-team-channel.title': 'Een teamkanaal is nog verbonden met het adres van een gedeactiveerde of verwijderde gebruiker',
  'finding.deactivated-user-team-channel.fix':
    'Verwijder het team-e-mailkanaal in de instellingen van de Conversations-inbox (Kanalen > Verwijderen), of verbind in plaats daarvan een gedeeld adres.',
  'finding.stale-observation.title': 'De kant van HubSpot is meer dan 30 dagen geleden voor het laatst gecontroleerd',
  'finding.stale-observation.fix':
    'Open de e-mailinstellingen van HubSpot (Instellingen > Integraties > E-mailintegraties > Verbonden e-mails) zodat Inboxlink de huidige stand ziet.',
  'finding.crm-user-mismatch.title': 'Inbox verbonden in HubSpot voor een adres dat geen HubSpot-gebruiker is',
  'finding.crm-user-mismatch.fix':
    'Zoek het HubSpot-account waaronder de inbox is verbonden en koppel hem daar los, of voeg deze persoon toe als HubSpot-gebruiker als de e-mail moet worden vastgelegd.',
  'finding.evidence.crm': 'HubSpot toonde “{value}” op {where} om {at}',
  'finding.evidence.channel': 'Teamkanaal {value} in de API van HubSpot ({where}) om {at}',
  'finding.evidence.grant': 'Toegang bij de provider {value} ({where}) om {at}',
  'finding.evidence.user': 'HubSpot-gebruiker {value} ({where}) om {at}',
  'finding.evidence.signed-in': 'Aangemeld op {where} om {at}',
  'finding.evidence.connected-under': 'Verbonden onder de HubSpot-gebruiker {value}',
  'finding.evidence.age-days': '{value} dagen geleden voor het laatst gezien',
} as const;
