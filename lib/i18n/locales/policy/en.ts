/** What the options page says about the organisation's policy (lib/policy). Same keys in every locale. */
export const policyEn = {
  'policy.heading': 'Set by your organisation',
  'policy.intro': 'Your IT department manages these options of Inboxlink. You cannot change them here.',
  'policy.key.hubspotPortalIds': 'Allowed HubSpot accounts',
  'policy.key.hubspotRegion': 'HubSpot region',
  'policy.key.syncIntervalMinutes': 'Sync interval',
  'policy.key.language': 'Language',
  'policy.key.allowApiRevoke': 'Removing access through the admin API',
  'policy.key.googleClientId': 'Google sign-in client',
  'policy.key.microsoftClientId': 'Microsoft sign-in app',
  'policy.key.microsoftTenant': 'Microsoft tenant',
  'policy.value.allowed': 'Allowed',
  'policy.value.guidedOnly': 'Not allowed: guided steps only',
  'policy.ignored.invalid': 'Ignored: the value set for “{key}” is not valid. Inboxlink uses its default.',
  'policy.ignored.unknown-key': 'Ignored: “{key}” is not an Inboxlink setting.',
  'policy.locked': 'Set by your organisation.',
  'policy.guidedOnly': 'Your organisation allows guided unlinking only: Inboxlink never removes access through the admin API, it guides you through the provider’s page instead.',
} as const;
