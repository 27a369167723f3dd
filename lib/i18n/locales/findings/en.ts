/** Strings of diagnostic findings: titles, evidence and fixes. Same keys in every locale. */
export const findingsEn = {
  'finding.severity.info': 'Info',
  'finding.severity.warning': 'Warning',
  'finding.severity.critical': 'Critical',
  'finding.half-unlinked.title': 'Disconnected in HubSpot, but the provider may still grant access',
  'finding.half-unlinked.fix':
    'Remove HubSpot’s access at the mail provider (Google: “Remove access”; Office 365: “Revoke”; Outlook.com: “Remove these permissions”; IMAP: ask your IT department), then check again.',
  'finding.broken-connection.title': 'Connected in HubSpot, but not working',
  'finding.broken-connection.fix':
    'Reconnect the inbox in HubSpot’s email settings (a team inbox: its channel in the Conversations inbox settings), or disconnect it if it is no longer used.',
  'finding.grant-without-inbox.title': 'HubSpot has access, but no inbox is connected in HubSpot',
  'finding.grant-without-inbox.fix':
    'Check HubSpot’s Connected emails page for this address. If no inbox is connected there, remove HubSpot’s access at the mail provider.',
  'finding.deactivated-user-grant.title': 'A deactivated or removed user still grants HubSpot access',
  'finding.deactivated-user-grant.fix':
    'Remove HubSpot’s access for this address at Google or Microsoft (as an admin, or on the account’s own security page).',
  'finding.deactivated-user-team-channel.title': 'A team channel is still connected to a deactivated or removed user’s address',
  'finding.deactivated-user-team-channel.fix':
    'Delete the team email channel in the Conversations inbox settings (Channels > Delete), or connect a shared address instead.',
  'finding.stale-observation.title': 'HubSpot’s side was last checked more than 30 days ago',
  'finding.stale-observation.fix':
    'Open HubSpot’s email settings (Settings > Integrations > Email integrations > Connected emails) so Inboxlink sees the current state.',
  'finding.crm-user-mismatch.title': 'Inbox connected in HubSpot for an address that is not a HubSpot user',
  'finding.crm-user-mismatch.fix':
    'Find the HubSpot account the inbox is connected under and disconnect it there, or add this person as a HubSpot user if the mail should be logged.',
  'finding.evidence.crm': 'HubSpot showed “{value}” on {where} at {at}',
  'finding.evidence.channel': 'Team channel {value} in HubSpot’s API ({where}) at {at}',
  'finding.evidence.grant': 'Provider grant {value} ({where}) at {at}',
  'finding.evidence.user': 'HubSpot user {value} ({where}) at {at}',
  'finding.evidence.signed-in': 'Signed in on {where} at {at}',
  'finding.evidence.connected-under': 'Connected under the HubSpot user {value}',
  'finding.evidence.age-days': 'Last seen {value} days ago',
} as const;
