/**
 * `microsoft:grants:<admin>` → grants. Finds HubSpot's service principal in the admin's Entra
 * tenant and lists its oauth2PermissionGrants (providers.md §6); each Principal grant becomes a
 * `present` grant for the user's address. The list is complete, so a grant the pass did not see
 * was revoked: the sweep marks it `absent`. AllPrincipals (admin consent for the whole tenant)
 * has no single address and is not stored per principal.
 */
import { grantKey, normalizeAddress, type ProviderGrant } from '../../model';
import type { GraphPermissionGrant, GraphServicePrincipal, GraphSyncClient } from '../clients';
import { defineSweep, type SyncJob } from '../job';

/** Entra's display name for HubSpot is unverified (hubspot.md §8): both names are tried. */
export const HUBSPOT_PRINCIPAL_NAMES = ['HubSpot', 'HubSpot Sales'] as const;

export interface PrincipalGrant {
  grant: GraphPermissionGrant;
  address: string;
  app: string;
  appId?: string;
}

/** Cursor: the principal found on the first page (looked up once per pass) and Graph's cursor. */
interface GrantsCursor {
  principal: GraphServicePrincipal;
  after?: string;
}

function parseCursor(cursor: string | undefined): GrantsCursor | undefined {
  return cursor ? (JSON.parse(cursor) as GrantsCursor) : undefined;
}

async function findHubSpot(client: GraphSyncClient) {
  for (const displayName of HUBSPOT_PRINCIPAL_NAMES) {
    const principal = await client.findServicePrincipal({ displayName });
    if (principal) return principal;
  }
  return undefined;
}

export function toMicrosoftGrant(item: PrincipalGrant, admin: string, syncedAt: string): ProviderGrant {
  return {
    key: grantKey('microsoft365', item.address, 'HubSpot'),
    address: item.address,
    provider: 'microsoft365',
    state: 'present',
    app: item.app,
    ...(item.appId ? { clientId: item.appId } : {}),
    scopes: item.grant.scope.split(' ').filter(Boolean),
    consentType: item.grant.consentType,
    grantId: item.grant.id,
    evidence: { source: 'admin-api', at: syncedAt, where: graphWhere(admin) },
  };
}

/** Names the admin whose tenant was read, so each admin's job sweeps only its own grants. */
const graphWhere = (admin: string): string => `graph.microsoft.com/v1.0/oauth2PermissionGrants (as ${admin})`;

export function microsoftGrantsJob(admin: string): SyncJob<GraphSyncClient, PrincipalGrant> {
  const account = normalizeAddress(admin);
  return {
    name: `microsoft:grants:${account}`,
    provider: 'microsoft',
    resource: 'microsoftGrants',
    stores: ['grants'],
    async fetchPage(client, cursor) {
      const resumed = parseCursor(cursor);
      const principal = resumed?.principal ?? (await findHubSpot(client));
      if (!principal) return { results: [] };
      const page = await client.listPermissionGrants({ clientId: principal.id, after: resumed?.after });
      const results: PrincipalGrant[] = [];
      for (const grant of page.results) {
        if (grant.consentType !== 'Principal' || !grant.principalId) continue;
        const user = await client.getUser(grant.principalId);
        const address = normalizeAddress(user.mail ?? user.userPrincipalName);
        results.push({ grant, address, app: principal.displayName, ...(principal.appId ? { appId: principal.appId } : {}) });
      }
      const next: GrantsCursor = { principal, after: page.nextAfter };
      return { results, ...(page.nextAfter ? { nextAfter: JSON.stringify(next) } : {}) };
    },
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
