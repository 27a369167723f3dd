/**
 * `microsoft:grants:<admin>` → grants. Finds HubSpot's service principal in the admin's Entra
 * tenant and lists its oauth2PermissionGrants (providers.md §6); each Principal grant becomes a
 * `present` grant for its user's address. The Graph client follows the lists to the end, so the
 * job is one page; the list is complete, so a grant the pass did not see was revoked and the
 * sweep marks it `absent`. AllPrincipals (admin consent for the whole tenant) has no single
 * address and is not stored per principal.
 */
import { grantKey, normalizeAddress, type ProviderGrant } from '../../model';
import type { GraphPermissionGrant, GraphServicePrincipal, GraphSyncClient } from '../clients';
import { defineSweep, type JobPage, type SyncJob } from '../job';

/** Entra's display name for HubSpot is unverified (hubspot.md §8): both names are tried. */
export const HUBSPOT_PRINCIPAL_NAMES = ['HubSpot', 'HubSpot Sales'] as const;

export interface PrincipalGrant {
  grant: GraphPermissionGrant;
  address: string;
  principal: GraphServicePrincipal;
}

async function findHubSpot(client: GraphSyncClient): Promise<GraphServicePrincipal[]> {
  for (const displayName of HUBSPOT_PRINCIPAL_NAMES) {
    const found = await client.findServicePrincipal({ displayName });
    if (found.length) return found;
  }
  return [];
}

async function fetchGrants(client: GraphSyncClient): Promise<JobPage<PrincipalGrant>> {
  const principals = await findHubSpot(client);
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
    scopes: item.grant.scopes,
    consentType: item.grant.consentType,
    grantId: item.grant.id,
    evidence: { source: 'admin-api', at: syncedAt, where: graphWhere(admin) },
  };
}

export function microsoftGrantsJob(admin: string): SyncJob<GraphSyncClient, PrincipalGrant> {
  const account = normalizeAddress(admin);
  return {
    name: `microsoft:grants:${account}`,
    provider: 'microsoft',
    resource: 'microsoftGrants',
    stores: ['grants'],
    fetchPage: (client) => fetchGrants(client),
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
