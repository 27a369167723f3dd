/**
 * The API calls plan steps make, stated structurally (lib/clients' real clients satisfy them),
 * and the default factory that builds them from the credentials store. A token is asked for on
 * each request, never held: renewed first when it is about to expire, as the sync does (an hour
 * after the admin signed in, a delete and its check still work); an admin account without a
 * credential has no client, so its step cannot run and says so. Deleting an Entra grant uses the
 * write token of the step's incremental consent, never the sign-in's read-only token.
 */
import { freshGoogleAccessToken } from '../auth/google-renew';
import { freshMicrosoftAccessToken } from '../auth/microsoft/refresh';
import { graphWriteToken } from '../auth/microsoft/write-access';
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

/** HubSpot's users, owners, activity and CRM search, for the plans about a person (lib/people). */
export interface PlanUsersClient {
  getUser(idOrEmail: string, by?: 'USER_ID' | 'EMAIL', call?: Call): Promise<{ id: string; email: string; superAdmin: boolean }>;
  listUsers(query: { after?: string; limit?: number; signal?: AbortSignal }): Promise<{ results: { id: string; email: string; superAdmin: boolean }[]; nextAfter?: string }>;
  /** Destructive: sent once, never retried by the client (the runner verifies instead). */
  removeUser(id: string, call?: Call): Promise<void>;
  getOwner(id: string, query?: { by?: 'id' | 'userId'; archived?: boolean; signal?: AbortSignal }): Promise<{ id: string; archived: boolean; userId?: number; userIdIncludingInactive?: number }>;
  countOwnedRecords(object: 'contacts' | 'companies' | 'deals' | 'tickets', ownerId: string, call?: Call): Promise<number>;
  listSecurityActions(query: { userId?: number; fromTimestamp?: number; after?: string; limit?: number; signal?: AbortSignal }): Promise<{
    results: { id: string; createdAt: string; type: string; userId: number; actingUser?: string; objectId?: string }[];
    nextAfter?: string;
  }>;
}

export interface PlanClients {
  hubspot(): Promise<PlanHubSpotClient | undefined>;
  /** Absent in test doubles of the mailbox plans: the people steps then say they cannot check. */
  hubspotUsers?(): Promise<PlanUsersClient | undefined>;
  google(admin: string): Promise<PlanGoogleClient | undefined>;
  graph(admin: string): Promise<PlanGraphClient | undefined>;
  /** Whether the admin granted the write permission for this step and its token still lasts. */
  graphWriteReady(admin: string): Promise<boolean>;
}

/** Where the plan's admin tokens come from. */
export interface PlanTokenSource {
  /** The admin's access token, renewed first when it expires soon (lib/auth's fresh*AccessToken). */
  fresh(provider: 'google' | 'microsoft', account: string): Promise<string>;
  /** The Graph token allowed to delete (incremental consent), while it lasts; else undefined. */
  graphWrite(account: string): Promise<string | undefined>;
}

/** The background's: lib/auth renews in the worker and keeps the write token in storage.session. */
export const backgroundPlanTokens: PlanTokenSource = {
  fresh: (provider, account) => (provider === 'google' ? freshGoogleAccessToken(account) : freshMicrosoftAccessToken(account)),
  graphWrite: (account) => graphWriteToken(account),
};

/** Refused before anything is called: the write permission was not granted for this step (yet). */
export class WriteConsentNeededError extends Error {
  override name = 'WriteConsentNeededError';
}

/**
 * Destructive calls go out once: the client's own retry (on a network error or a 5xx, where the
 * request may well have reached the provider) would repeat a DELETE behind the runner's back.
 * The runner verifies by listing instead; lists keep the clients' usual retries.
 */
const ONCE = { retry: { maxAttempts: 1 } };

/** Clients over the credentials in `access`'s database; `fetch` and the token source are injectable for tests. */
export function storedPlanClients(access: StoreAccess, options: { fetch?: typeof fetch; tokens?: PlanTokenSource } = {}): PlanClients {
  const fetchOption = options.fetch ? { fetch: options.fetch } : {};
  const tokens = options.tokens ?? backgroundPlanTokens;
  async function tokenReader(provider: CredentialProvider, account?: string): Promise<(() => Promise<string>) | undefined> {
    const id = credentialId(provider, account === undefined ? undefined : normalizeAddress(account));
    if (!(await (await access.db()).get('credentials', id))) return undefined;
    return async () => {
      const credential = await (await access.db()).get('credentials', id);
      if (!credential) throw new Error(`The ${provider} sign-in was removed while the plan ran.`);
      // HubSpot's tokens are static; an admin's is renewed first when it is about to expire.
      return provider === 'hubspot' || !credential.account ? credential.accessToken : tokens.fresh(provider, credential.account);
    };
  }
  return {
    async hubspot() {
      const getToken = await tokenReader('hubspot');
      return getToken ? createHubSpotClient({ getToken, ...fetchOption }) : undefined;
    },
    async hubspotUsers() {
      const getToken = await tokenReader('hubspot');
      if (!getToken) return undefined;
      const reader = createHubSpotClient({ getToken, ...fetchOption });
      const writer = createHubSpotClient({ getToken, ...fetchOption, ...ONCE });
      return {
        getUser: reader.getUser,
        listUsers: reader.listUsers,
        removeUser: writer.removeUser,
        getOwner: reader.getOwner,
        countOwnedRecords: reader.countOwnedRecords,
        listSecurityActions: reader.listSecurityActions,
      };
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
      const getWriteToken = async () => {
        const token = await tokens.graphWrite(normalizeAddress(admin));
        if (!token) throw new WriteConsentNeededError(`No write permission granted for ${admin} (or it expired).`);
        return token;
      };
      const writer = createGraphClient({ getToken: getWriteToken, ...fetchOption, ...ONCE });
      return {
        organization: reader.organization,
        findServicePrincipal: reader.findServicePrincipal,
        userPermissionGrants: reader.userPermissionGrants,
        deletePermissionGrant: writer.deletePermissionGrant,
      };
    },
    async graphWriteReady(admin) {
      return (await tokens.graphWrite(normalizeAddress(admin))) !== undefined;
    },
  };
}
