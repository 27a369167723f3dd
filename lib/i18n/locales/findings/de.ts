/** Strings of diagnostic findings: titles, evidence and fixes. Same keys in every locale. */
export const findingsDe = {
  'finding.severity.info': 'Hinweis',
  'finding.severity.warning': 'Warnung',
  'finding.severity.critical': 'Kritisch',
  'finding.half-unlinked.title': 'In HubSpot getrennt, aber der Anbieter gewährt womöglich noch Zugriff',
  'finding.half-unlinked.fix':
    'Entfernen Sie HubSpots Zugriff beim E-Mail-Anbieter (Google: „Zugriffsrechte entfernen“; Office 365: „Widerrufen“; Outlook.com: „Remove these permissions“; IMAP: wenden Sie sich an Ihre IT-Abteilung) und prüfen Sie dann erneut.',
  'finding.broken-connection.title': 'In HubSpot verbunden, aber die Verbindung funktioniert nicht',
  'finding.broken-connection.fix':
    'Verbinden Sie den Posteingang in den E-Mail-Einstellungen von HubSpot neu (Team-Posteingang: seinen Kanal in den Einstellungen des Conversations-Posteingangs) oder trennen Sie ihn, wenn er nicht mehr genutzt wird.',
  'finding.grant-without-inbox.title': 'HubSpot hat Zugriff, aber in HubSpot ist kein Posteingang verbunden',
  'finding.grant-without-inbox.fix':
    'Prüfen Sie diese Adresse auf der Seite „Verknüpfte E-Mails“ in HubSpot. Ist dort kein Posteingang verbunden, entfernen Sie HubSpots Zugriff beim E-Mail-Anbieter.',
  'finding.deactivated-user-grant.title': 'Ein deaktivierter oder entfernter Benutzer gewährt HubSpot noch Zugriff',
  'finding.deactivated-user-grant.fix':
    'Entfernen Sie HubSpots Zugriff für diese Adresse bei Google oder Microsoft (als Administrator oder auf der Sicherheitsseite des Kontos selbst).',
  'finding.deactivated-user-team-channel.title': 'Ein Team-Kanal ist noch mit der Adresse eines deaktivierten oder entfernten Benutzers verbunden',
  'finding.deactivated-user-team-channel.fix':
    'Löschen Sie den Team-E-Mail-Kanal in den Einstellungen des Conversations-Posteingangs („Kanäle“ > „Löschen“) oder verbinden Sie stattdessen eine gemeinsame Adresse.',
  'finding.stale-observation.title': 'HubSpots Seite wurde zuletzt vor mehr als 30 Tagen geprüft',
  'finding.stale-observation.fix':
    'Öffnen Sie die E-Mail-Einstellungen in HubSpot (Einstellungen > Integrationen > E-Mail-Integrationen > „Verknüpfte E-Mails“), damit Inboxlink den aktuellen Stand sieht.',
  'finding.crm-user-mismatch.title': 'Posteingang in HubSpot verbunden für eine Adresse, die kein HubSpot-Benutzer ist',
  'finding.crm-user-mismatch.fix':
    'Suchen Sie das HubSpot-Konto, unter dem der Posteingang verbunden ist, und trennen Sie ihn dort, oder legen Sie die Person als HubSpot-Benutzer an, wenn ihre E-Mails erfasst werden sollen.',
  'finding.evidence.crm': 'HubSpot zeigte „{value}“ auf {where} um {at}',
  'finding.evidence.channel': 'Team-Kanal {value} in HubSpots API ({where}) um {at}',
  'finding.evidence.grant': 'Zugriff beim Anbieter {value} ({where}) um {at}',
  'finding.evidence.user': 'HubSpot-Benutzer {value} ({where}) um {at}',
  'finding.evidence.signed-in': 'Angemeldet auf {where} um {at}',
  'finding.evidence.connected-under': 'Verbunden unter dem HubSpot-Benutzer {value}',
  'finding.evidence.age-days': 'Zuletzt vor {value} Tagen gesehen',
} as const;
