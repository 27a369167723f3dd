/**
 * `google:tokens:<admin>` → grants. For each Workspace address we know in the admin's domain (CRM
 * users, owners, mailboxes, team channels), the Admin SDK lists the tokens the user issued
 * (providers.md §2); HubSpot's are the ones the identity rule takes as HubSpot's (by client id:
 * known, confirmed by the admin for this domain, or a candidate named like HubSpot's app;
 * lib/hubspot-apps/identity.ts) — never an app merely named "…HubSpot…". Each checked address
 * gets one record: present (with client id, scopes and how sure the identity is) or absent.
 * Pages are slices of the sorted address list, the cursor the last address done, so a resumed
 * pass skips what it has checked.
 */
import { readConfirmedApps } from '../../hubspot-apps/confirmed';
import { googleVerdict, isHubSpotIdentity, type AppIdentity, type ConfirmedApps } from '../../hubspot-apps/identity';
import { grantKey, normalizeAddress, type ProviderGrant } from '../../model';
import type { StoreDatabase } from '../../store/open';
import type { GoogleSyncClient, GoogleToken } from '../clients';
import { errorKind } from '../errors';
import { knownAddressList } from './known-addresses';
import { defineSweep, type SyncJob } from '../job';
import type { JobOptions } from './options';

/** One request per address: smaller pages than the list APIs. */
const ADDRESSES_PER_PAGE = 10;

export interface CheckedAddress {
  address: string;
  tokens: GoogleToken[];
}

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1);

/** Every address we know in the domain, sorted and without duplicates. */
export async function knownAddresses(db: StoreDatabase, domain: string): Promise<string[]> {
  return (await knownAddressList(db)).filter((a) => domainOf(a) === domain);
}

/** What the pass needs besides the client: the addresses to check and the admin's confirmed apps. */
export interface GoogleTokensLookup {
  addresses: string[];
  confirmed: ConfirmedApps;
}

const IDENTITY_ORDER: readonly AppIdentity[] = ['known', 'confirmed', 'candidate'];

export function toGoogleGrant(checked: CheckedAddress, syncedAt: string, confirmed: ConfirmedApps = {}): ProviderGrant {
  const domain = domainOf(checked.address);
  const hubspot = checked.tokens
    .map((token) => ({ token, verdict: googleVerdict(token, domain, confirmed) }))
    .filter((t): t is { token: GoogleToken; verdict: AppIdentity } => isHubSpotIdentity(t.verdict))
    .sort((a, b) => IDENTITY_ORDER.indexOf(a.verdict) - IDENTITY_ORDER.indexOf(b.verdict));
  const first = hubspot[0];
  return {
    key: grantKey('google', checked.address, 'HubSpot'),
    address: checked.address,
    provider: 'google',
    state: first ? 'present' : 'absent',
    app: first?.token.displayText ?? 'HubSpot',
    ...(first ? { clientId: first.token.clientId, identity: first.verdict } : {}),
    scopes: [...new Set(hubspot.flatMap(({ token }) => token.scopes))],
    evidence: { source: 'admin-api', at: syncedAt, where: `admin.googleapis.com/admin/directory/v1/users/${checked.address}/tokens` },
  };
}

async function checkAddress(client: GoogleSyncClient, address: string): Promise<CheckedAddress[]> {
  try {
    return [{ address, tokens: await client.listUserTokens(address) }];
  } catch (error) {
    // An address in the domain that is not a Workspace user (an alias, a group): nothing to know.
    if (errorKind(error) === 'not-found') return [];
    throw error;
  }
}

export function googleTokensJob(admin: string, options: JobOptions = {}): SyncJob<GoogleSyncClient, CheckedAddress, GoogleTokensLookup> {
  const domain = domainOf(normalizeAddress(admin));
  const perPage = Math.min(options.pageSize ?? ADDRESSES_PER_PAGE, ADDRESSES_PER_PAGE);
  return {
    name: `google:tokens:${normalizeAddress(admin)}`,
    provider: 'google',
    resource: 'googleGrants',
    stores: ['grants'],
    prepare: async (db) => ({ addresses: await knownAddresses(db, domain), confirmed: await readConfirmedApps({ db: async () => db }) }),
    async fetchPage(client, cursor, { addresses }) {
      const remaining = cursor === undefined ? addresses : addresses.filter((address) => address > cursor);
      const slice = remaining.slice(0, perPage);
      const results: CheckedAddress[] = [];
      for (const address of slice) results.push(...(await checkAddress(client, address)));
      const last = slice[slice.length - 1];
      return { results, total: addresses.length, ...(last && remaining.length > perPage ? { nextAfter: last } : {}) };
    },
    toRecords: (results, { syncedAt, lookup }) => ({ grants: results.map((checked) => toGoogleGrant(checked, syncedAt, lookup.confirmed)) }),
    sweeps: [
      defineSweep({
        store: 'grants',
        // Only this admin's domain, and only what the admin API said (not page observations).
        isMine: (grant) => grant.provider === 'google' && grant.evidence.source === 'admin-api' && domainOf(grant.address) === domain,
        seenAt: (grant) => grant.evidence.at,
        // The address was not checked this time (no longer known): what holds now is unknown.
        markGone: (grant, goneAt) =>
          grant.state === 'unknown' ? undefined : { ...grant, state: 'unknown', evidence: { ...grant.evidence, at: goneAt } },
      }),
    ],
  };
}
