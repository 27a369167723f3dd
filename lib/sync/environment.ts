/**
 * Builds a pass's clients from the credentials store: a provider without a credential gets no
 * client, so its jobs do not run. Tokens are read from the store on each request (getToken), so a
 * token refreshed mid-pass is picked up and none is held in a module variable.
 */
import type { StoreAccess } from '../store/access';
import type { Credential } from '../store/records';
import type { GoogleSyncClient, GraphSyncClient, HubSpotSyncClient, SyncClients } from './clients';
import type { SyncEnvironment } from './pass';

export type GetToken = () => Promise<string>;

/** How to make each provider's client; lib/clients' factories fit (see default-environment.ts). */
export interface ClientFactories {
  hubspot(getToken: GetToken): HubSpotSyncClient;
  /** `account` is the admin's address, for factories that renew its token before use. */
  google?(getToken: GetToken, account: string): GoogleSyncClient;
  microsoft?(getToken: GetToken, account: string): GraphSyncClient;
}

function tokenReader(access: StoreAccess, id: string): GetToken {
  return async () => {
    const credential = await (await access.db()).get('credentials', id);
    if (!credential) throw new Error(`credential ${id} was removed during the sync`);
    return credential.accessToken;
  };
}

export function clientsFor(access: StoreAccess, credentials: readonly Credential[], factories: ClientFactories): SyncClients {
  const clients: { hubspot?: HubSpotSyncClient; google: Map<string, GoogleSyncClient>; microsoft: Map<string, GraphSyncClient> } = {
    google: new Map(),
    microsoft: new Map(),
  };
  for (const credential of credentials) {
    const getToken = tokenReader(access, credential.id);
    if (credential.provider === 'hubspot') clients.hubspot = factories.hubspot(getToken);
    else if (credential.provider === 'google' && credential.account && factories.google) {
      clients.google.set(credential.account, factories.google(getToken, credential.account));
    } else if (credential.provider === 'microsoft' && credential.account && factories.microsoft) {
      clients.microsoft.set(credential.account, factories.microsoft(getToken, credential.account));
    }
  }
  return clients;
}

export function createSyncEnvironment(
  access: StoreAccess,
  factories: ClientFactories,
  options: Omit<SyncEnvironment, 'access' | 'clients'> = {},
): SyncEnvironment {
  return {
    ...options,
    access,
    clients: async () => clientsFor(access, await (await access.db()).getAll('credentials'), factories),
  };
}
