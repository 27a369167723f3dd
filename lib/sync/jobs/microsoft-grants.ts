/**
 * `microsoft:grants:<admin>` → grants. Finds HubSpot's service principals in the admin's Entra
 * tenant by identity (lib/hubspot-apps: a known or confirmed app id, else a multi-tenant app of
 * another organisation named like HubSpot's — an app a user registered in the tenant under the
 * name "HubSpot" is not it) and lists their oauth2PermissionGrants (providers.md §6); each
 * Principal grant becomes a `present` grant for its user's address. The Graph client follows the
 * lists to the end, so the job is one page; the list is complete, so a grant the pass did not
 * see was revoked and the sweep marks it `absent`. For the same reason, an address Inboxlink
 * knows that belongs to a tenant user with no Principal grant to HubSpot is stored `absent`
 * (as the Google job stores each checked address): without that, a team channel deleted in
 * HubSpot whose grant never existed in Entra read "still open at Microsoft" for ever. AllPrincipals
 * (admin consent for the whole tenant) has no single address and is not stored per principal;
 * while one exists, nobody's access is known to be absent.
 */
import { readConfirmedApps } from '../../hubspot-apps/confirmed';
import { hubspotPrincipals, type HubSpotPrincipal } from '../../hubspot-apps/entra-principals';
import type { ConfirmedApps } from '../../hubspot-apps/identity';
import { grantKey, normalizeAddress, type ProviderGrant } from '../../model';
import type { GraphPermissionGrant, GraphSyncClient, GraphUser } from '../clients';
import { defineSweep, type JobPage, type SyncJob } from '../job';
import { knownAddressList } from './known-addresses';

export interface PrincipalGrant {
  grant: GraphPermissionGrant;
  address: string;
  principal: HubSpotPrincipal;
}

/** A known address of a tenant user who has no grant to HubSpot. */
export interface NoGrant {
  address: string;
  absent: true;
}

export type TenantGrantItem = PrincipalGrant | NoGrant;

export interface MicrosoftGrantsLookup {
  confirmed: ConfirmedApps;
  /** The addresses Inboxlink knows: only these get an `absent` record (not every user of the tenant). */
  known: ReadonlySet<string>;
}

const userAddresses = (user: GraphUser): string[] =>
  [user.mail, user.userPrincipalName].filter((a): a is string => Boolean(a)).map(normalizeAddress);

async function fetchGrants(client: GraphSyncClient, { confirmed, known }: MicrosoftGrantsLookup): Promise<JobPage<TenantGrantItem>> {
  const principals = (await hubspotPrincipals(client, confirmed)).principals;
  const tenantUsers = await client.listUsers();
  const users = new Map(tenantUsers.map((user) => [user.id, user.mail ?? user.userPrincipalName]));
  const results: TenantGrantItem[] = [];
  const granted = new Set<string>();
  let tenantWide = false;
  for (const principal of principals) {
    for (const grant of await client.listPermissionGrants({ clientId: principal.id })) {
      if (grant.consentType !== 'Principal') tenantWide = true;
      const address = grant.principalId ? users.get(grant.principalId) : undefined;
      if (grant.consentType !== 'Principal' || !address || !grant.principalId) continue;
      granted.add(grant.principalId);
      results.push({ grant, address: normalizeAddress(address), principal });
    }
  }
  if (tenantWide) return { results };
  for (const user of tenantUsers.filter((u) => !granted.has(u.id))) {
    for (const address of userAddresses(user).filter((a) => known.has(a))) results.push({ address, absent: true });
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

/** Graph's listing says the address's user has given HubSpot nothing. */
export function toMicrosoftNoGrant(item: NoGrant, admin: string, syncedAt: string): ProviderGrant {
  return {
    key: grantKey('microsoft365', item.address, 'HubSpot'),
    address: item.address,
    provider: 'microsoft365',
    state: 'absent',
    app: 'HubSpot',
    scopes: [],
    evidence: { source: 'admin-api', at: syncedAt, where: graphWhere(admin) },
  };
}

export function microsoftGrantsJob(admin: string): SyncJob<GraphSyncClient, TenantGrantItem, MicrosoftGrantsLookup> {
  const account = normalizeAddress(admin);
  return {
    name: `microsoft:grants:${account}`,
    provider: 'microsoft',
    resource: 'microsoftGrants',
    stores: ['grants'],
    prepare: async (db) => ({ confirmed: await readConfirmedApps({ db: async () => db }), known: new Set(await knownAddressList(db)) }),
    fetchPage: (client, _cursor, lookup) => fetchGrants(client, lookup),
    toRecords: (results, { syncedAt }) => ({
      grants: results.map((item) => ('absent' in item ? toMicrosoftNoGrant(item, account, syncedAt) : toMicrosoftGrant(item, account, syncedAt))),
    }),
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
