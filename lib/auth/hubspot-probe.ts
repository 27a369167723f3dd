import { MissingScopeError, type HubSpotClient } from '../clients';
import { HUBSPOT_SCOPE_NEEDS } from './hubspot-scopes';

/**
 * The scopes a token has, learned by trying one cheap read per need, the token in the
 * Authorization header only. Introspection is not used: its v1 form puts the token in the URL
 * path and its 2026-03 form needs an OAuth app's client secret (hubspot.md §5). A 403
 * MISSING_SCOPES means the need is unmet; success means one of its scopes is granted, which we
 * report under the need's first name. Any other error (401, offline) is the caller's.
 */
export async function probeScopes(client: HubSpotClient): Promise<string[]> {
  const probes: Record<string, () => Promise<unknown>> = {
    'settings.users.read': () => client.listUsers({ limit: 1 }),
    'crm.objects.owners.read': () => client.listOwners({ limit: 1 }),
    'conversations.read': () => client.listInboxes({ limit: 1 }),
    'settings.users.teams.read': () => client.listTeams(),
  };
  const granted: string[] = [];
  // Not a need (nothing is refused without it), but the People page shows last logins with it.
  const extras: Record<string, () => Promise<unknown>> = { 'account-info.security.read': () => client.listLogins({ limit: 1 }) };
  for (const [name, probe] of Object.entries(extras)) {
    try {
      await probe();
      granted.push(name);
    } catch (error) {
      if (!(error instanceof MissingScopeError)) throw error;
    }
  }
  for (const need of HUBSPOT_SCOPE_NEEDS) {
    const name = need.anyOf[0] ?? '';
    const probe = probes[name];
    if (!probe) continue;
    try {
      await probe();
      granted.push(name);
    } catch (error) {
      if (!(error instanceof MissingScopeError)) throw error;
    }
  }
  return granted;
}
