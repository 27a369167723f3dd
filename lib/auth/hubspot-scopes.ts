/**
 * The HubSpot scopes Inboxlink reads with (hubspot.md §1–3, §5). Each need is met by any one of
 * its scopes (HubSpot offers the users API under two names); the first name is the one we ask
 * for and name in messages.
 */
export interface ScopeNeed {
  anyOf: readonly string[];
  /** Optional needs only narrow what sync can show (teams); required ones refuse the token. */
  required: boolean;
}

export const HUBSPOT_SCOPE_NEEDS: readonly ScopeNeed[] = [
  { anyOf: ['settings.users.read', 'crm.objects.users.read'], required: true },
  { anyOf: ['crm.objects.owners.read'], required: true },
  { anyOf: ['conversations.read'], required: true },
  { anyOf: ['settings.users.teams.read'], required: false },
];

export interface ScopeCheck {
  missingRequired: string[];
  missingOptional: string[];
}

export function checkScopes(granted: readonly string[]): ScopeCheck {
  const unmet = HUBSPOT_SCOPE_NEEDS.filter((need) => !need.anyOf.some((scope) => granted.includes(scope)));
  const names = (needs: ScopeNeed[]) => needs.map((need) => need.anyOf[0] ?? '');
  return {
    missingRequired: names(unmet.filter((need) => need.required)),
    missingOptional: names(unmet.filter((need) => !need.required)),
  };
}
