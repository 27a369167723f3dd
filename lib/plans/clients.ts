/**
 * The API calls plan steps make, stated structurally (lib/clients' real clients satisfy them),
 * and the default factory that builds them from the credentials store. A token is read on each
 * request, never held; an admin account without a credential has no client, so its step cannot
 * run and says so.
 */
import { createGoogleClient } from '../clients/google/client';
import { createHubSpotClient } from '../clients/hubspot/client';
import { createGraphClient } from '../clients/microsoft/client';
import { normalizeAddress } from '../model';
import type { StoreAccess } from '../store/access';
import { credentialId, type CredentialProvider } from '../store/records';

interface Call { signal?: AbortSignal }

export interface PlanGoogleClient {
  listUserTokens(userKey: string, call?: Call): Promise<{ clientId: string; displayText: string; scopes: string[]; anonymous?: boolean; nativeApp?: boolean }[]>;
  deleteUserToken(userKey: string, clientId: string, call?: Call): Promise<'deleted' | 'already-gone'>;
}

export interface PlanGraphClient {
  organization(call?: Call): Promise<{ id: string }>;
  findServicePrincipal(by: { displayName: string } | { appId: string }, call?: Call): Promise<{
    id: string; appId: string; displayName?: string | null; appOwnerOrganizationId?: string | null; verifiedPublisher?: { displayName?: string | null } | null;
  }[]>;
  userPermissionGrants(userIdOrUpn: string, call?: Call): Promise<{ id: string; clientId: string; consentType: string; scopes: string[] }[]>;
  deletePermissionGrant(id: string, call?: Call): Promise<'deleted' | 'already-gone'>;
}

export interface PlanHubSpotClient {
  listChannelAccounts(query: { channelId?: string[]; inboxId?: string[]; archived?: boolean; after?: string; signal?: AbortSignal }): Promise<{
    results: { id: string; inboxId: string; archived: boolean; active: boolean; deliveryIdentifier?: { type: string; value: string } }[];
    nextAfter?: string;
  }>;
}

export interface PlanClients {
  hubspot(): Promise<PlanHubSpotClient | undefined>;
  google(admin: string): Promise<PlanGoogleClient | undefined>;
  graph(admin: string): Promise<PlanGraphClient | undefined>;
}

/**
 * Destructive calls go out once: the client's own retry (on a network error or a 5xx, where the
 * request may well have reached the provider) would repeat a DELETE behind the runner's back.
 * The runner verifies by listing instead; lists keep the clients' usual retries.
 */
const ONCE = { retry: { maxAttempts: 1 } };

/** Clients over the credentials in `access`'s database; `fetch` is injectable for tests. */
export function storedPlanClients(access: StoreAccess, options: { fetch?: typeof fetch } = {}): PlanClients {
  const fetchOption = options.fetch ? { fetch: options.fetch } : {};
  async function tokenReader(provider: CredentialProvider, account?: string): Promise<(() => Promise<string>) | undefined> {
    const id = credentialId(provider, account === undefined ? undefined : normalizeAddress(account));
    if (!(await (await access.db()).get('credentials', id))) return undefined;
    return async () => {
      const credential = await (await access.db()).get('credentials', id);
      if (!credential) throw new Error(`The ${provider} sign-in was removed while the plan ran.`);
      return credential.accessToken;
    };
  }
  return {
    async hubspot() {
      const getToken = await tokenReader('hubspot');
      return getToken ? createHubSpotClient({ getToken, ...fetchOption }) : undefined;
    },
    async google(admin) {
      const getToken = await tokenReader('google', admin);
      if (!getToken) return undefined;
      const reader = createGoogleClient({ getToken, ...fetchOption });
      const writer = createGoogleClient({ getToken, ...fetchOption, ...ONCE });
      return { listUserTokens: reader.listUserTokens, deleteUserToken: writer.deleteUserToken };
    },
    async graph(admin) {
      const getToken = await tokenReader('microsoft', admin);
      if (!getToken) return undefined;
      const reader = createGraphClient({ getToken, ...fetchOption });
      const writer = createGraphClient({ getToken, ...fetchOption, ...ONCE });
      return {
        organization: reader.organization,
        findServicePrincipal: reader.findServicePrincipal,
        userPermissionGrants: reader.userPermissionGrants,
        deletePermissionGrant: writer.deletePermissionGrant,
      };
    },
  };
}
