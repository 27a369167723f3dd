/**
 * What sync needs from the API clients (lib/clients), stated structurally: the real clients
 * satisfy these shapes, and tests can pass small fakes. Only fields sync reads are listed.
 */

/** One page of a cursor-paged list; `nextAfter` absent on the last page. */
export interface ApiPage<T> {
  results: T[];
  nextAfter?: string;
  /** Conversations lists count every match (hubspot.md §3); others leave it out. */
  total?: number;
}

export interface PublicUser {
  id: string;
  email: string;
  firstName?: string;
  lastName?: string;
  roleIds: string[];
  primaryTeamId?: string;
  secondaryTeamIds?: string[];
  superAdmin: boolean;
  seatNames?: string[];
}

export interface PublicOwner {
  id: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  userId?: number;
  userIdIncludingInactive?: number;
  archived: boolean;
  teams?: { id: string; name: string; primary?: boolean }[];
}

export interface PublicTeam {
  id: string;
  name: string;
  userIds: string[];
  secondaryUserIds: string[];
}

export interface PublicRole {
  id: string;
  name: string;
  requiresBillingWrite: boolean;
}

export interface PublicInbox {
  id: string;
  name: string;
  type: string;
  archived: boolean;
}

export interface PublicChannelAccount {
  id: string;
  channelId: string;
  inboxId: string;
  name: string;
  active: boolean;
  authorized: boolean;
  archived: boolean;
  createdAt: string;
  archivedAt?: string;
  deliveryIdentifier?: { type: string; value: string };
}

export interface PagingQuery {
  after?: string;
  limit?: number;
}

export interface HubSpotSyncClient {
  listUsers(query: PagingQuery): Promise<ApiPage<PublicUser>>;
  listOwners(query: PagingQuery & { archived?: boolean }): Promise<ApiPage<PublicOwner>>;
  listRoles(): Promise<PublicRole[]>;
  listTeams(): Promise<PublicTeam[]>;
  listInboxes(query: PagingQuery & { archived?: boolean }): Promise<ApiPage<PublicInbox>>;
  listChannelAccounts(query: PagingQuery & { archived?: boolean }): Promise<ApiPage<PublicChannelAccount>>;
}

/** Admin SDK Directory Token (providers.md §2). */
export interface GoogleToken {
  clientId: string;
  scopes: string[];
  displayText: string;
  anonymous?: boolean;
  nativeApp?: boolean;
}

export interface GoogleSyncClient {
  /** The user's tokens (an empty list when none); NotFoundError when the user is not in the Workspace. */
  listUserTokens(userKey: string): Promise<GoogleToken[]>;
}

export interface GraphServicePrincipal {
  id: string;
  appId: string;
  displayName?: string | null;
  /** The tenant that registered the application (the customer's own for an app registered in it). */
  appOwnerOrganizationId?: string | null;
  verifiedPublisher?: { displayName?: string | null } | null;
}

export interface GraphPermissionGrant {
  id: string;
  /** The client's service principal object id. */
  clientId: string;
  consentType: 'Principal' | 'AllPrincipals';
  principalId?: string | null;
  resourceId: string;
  /** The grant's space-separated `scope`, split by the client. */
  scopes: string[];
}

export interface GraphUser {
  id: string;
  mail?: string | null;
  userPrincipalName?: string | null;
}

/** Graph lists are followed to the end by the client (tenant-sized collections). */
export interface GraphSyncClient {
  /** The admin's own tenant: an app registered there is not HubSpot's multi-tenant app. */
  organization(): Promise<{ id: string }>;
  findServicePrincipal(query: { displayName: string } | { appId: string }): Promise<GraphServicePrincipal[]>;
  listPermissionGrants(query: { clientId?: string; principalId?: string }): Promise<GraphPermissionGrant[]>;
  listUsers(): Promise<GraphUser[]>;
}

/** The clients one pass can use; a provider without a credential has none. */
export interface SyncClients {
  hubspot?: HubSpotSyncClient;
  /** Google Workspace admin clients by the admin's address. */
  google?: ReadonlyMap<string, GoogleSyncClient>;
  /** Entra admin clients by the admin's address. */
  microsoft?: ReadonlyMap<string, GraphSyncClient>;
}
