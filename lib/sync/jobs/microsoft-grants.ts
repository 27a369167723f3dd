/**
 * `microsoft:grants:<admin>` → grants. Finds HubSpot's service principals in the admin's Entra
 * tenant by identity (lib/hubspot-apps: a known or confirmed app id, else a multi-tenant app of
 * another organisation named like HubSpot's — an app a user registered in the tenant under the
 * name "HubSpot" is not it) and lists their oauth2PermissionGrants (providers.md §6); each
 * Principal grant becomes a `present` grant for its user's address. The Graph client follows the
 * lists to the end, so the job is one page; the list is complete, so a grant the pass did not
 * see was revoked and the sweep marks it `absent`. AllPrincipals (admin consent for the whole
 * tenant) has no single address and is not stored per principal.
 */
import { readConfirmedApps } from '../../hubspot-apps/confirmed';
import { hubspotPrincipals, type HubSpotPrincipal } from '../../hubspot-apps/entra-principals';
import type { ConfirmedApps } from '../../hubspot-apps/identity';
import { grantKey, normalizeAddress, type ProviderGrant } from '../../model';
import type { GraphPermissionGrant, GraphSyncClient } from '../clients';
import { defineSweep, type JobPage, type SyncJob } from '../job';

export interface PrincipalGrant {
  grant: GraphPermissionGrant;
  address: string;
  principal: HubSpotPrincipal;
}

async function fetchGrants(client: GraphSyncClient, confirmed: ConfirmedApps): Promise<JobPage<PrincipalGrant>> {
  const principals = (await hubspotPrincipals(client, confirmed)).principals;
  if (principals.length === 0) return { results: [] };
  const users = new Map((await client.listUsers()).map((user) => [user.id, user.mail ?? user.userPrincipalName]));
  const results: PrincipalGrant[] = [];
  for (const principal of principals) {
    for (const grant of await client.listPermissionGrants({ clientId: principal.id })) {
      const address = grant.principalId ? users.get(grant.principalId) : undefined;
      if (grant.consentType !== 'Principal' || !address) continue;
      results.push({ grant, address: normalizeAddress(address), principal });
    }
  }
  return { results };
}

/** Names the admin whose tenant was read, so each admin's job sweeps only its own grants. */
export const graphWhere = (admin: string): string => `graph.microsoft.com/v1.0/oauth2PermissionGrants (as ${admin})`;

export function toMicrosoftGrant(item: PrincipalGrant, admin: string, syncedAt: string): ProviderGrant {
  return {
    key: grantKey('microsoft365', item.address, 'HubSpot'),
    address: item.address,
    provider: 'microsoft365',
    state: 'present',
    app: item.principal.displayName ?? 'HubSpot',
    clientId: item.principal.appId,
    identity: item.principal.identity,
    scopes: item.grant.scopes,
    consentType: item.grant.consentType,
    grantId: item.grant.id,
    evidence: { source: 'admin-api', at: syncedAt, where: graphWhere(admin) },
  };
}

export function microsoftGrantsJob(admin: string): SyncJob<GraphSyncClient, PrincipalGrant, ConfirmedApps> {
  const account = normalizeAddress(admin);
  return {
    name: `microsoft:grants:${account}`,
    provider: 'microsoft',
    resource: 'microsoftGrants',
    stores: ['grants'],
    prepare: (db) => readConfirmedApps({ db: async () => db }),
    fetchPage: (client, _cursor, confirmed) => fetchGrants(client, confirmed),
    toRecords: (results, { syncedAt }) => ({ grants: results.map((item) => toMicrosoftGrant(item, account, syncedAt)) }),
    sweeps: [
      defineSweep({
        store: 'grants',
        isMine: (grant) => grant.provider === 'microsoft365' && grant.evidence.where === graphWhere(account),
        seenAt: (grant) => grant.evidence.at,
        markGone: (grant, goneAt) =>
          grant.state === 'absent' ? undefined : { ...grant, state: 'absent', evidence: { ...grant.evidence, at: goneAt } },
      }),
    ],
  };
}
