import * as v from 'valibot';
import { createHttpClient, type HttpRequest } from '../http';
import { activityCalls } from './activity';
import type { Page } from '../paging';
import { createLimiterRegistry, type LimiterRegistry } from '../rate-limiter';
import type { RetryOptions } from '../retry';
import { mapHubSpotError } from './map-error';
import {
  AccountDetailsSchema, SearchTotalSchema, HubSpotChannelAccountSchema, HubSpotChannelSchema, HubSpotInboxSchema,
  HubSpotOwnerSchema, HubSpotRoleSchema, HubSpotTeamSchema, HubSpotUserSchema, pagedSchema, unpagedSchema,
  type AccountDetails, type HubSpotChannel, type HubSpotChannelAccount, type HubSpotInbox,
  type HubSpotOwner, type HubSpotRole, type HubSpotTeam, type HubSpotUser, type HubSpotUserCreate, type HubSpotUserUpdate,
} from './schemas';

/** CRM objects whose owned records the search counts (hubspot.md: per-object search scopes). */
export type OwnedObject = 'contacts' | 'companies' | 'deals' | 'tickets';
const SEARCH_SCOPES: Record<OwnedObject, readonly string[]> = {
  contacts: ['crm.objects.contacts.read'],
  companies: ['crm.objects.companies.read'],
  deals: ['crm.objects.deals.read'],
  tickets: ['tickets', 'crm.objects.tickets.read'],
};

/**
 * HubSpot's public APIs that Inboxlink uses (hubspot.md §1–3, §5, §10): users, roles, teams, owners,
 * Conversations inboxes / channels / channel accounts, account details, token introspection, and
 * the account activity (audit log, logins, security actions; ./activity.ts).
 * Lists return one page; walk them with `pages()` from ../paging.
 */
export interface HubSpotClientOptions {
  getToken: () => string | Promise<string>;
  fetch?: typeof fetch;
  baseUrl?: string;
  /** Shared per-token limiters. Default: this client's own; share one registry per portal. */
  limiter?: LimiterRegistry;
  retry?: Partial<Omit<RetryOptions, 'signal'>>;
}

export interface CallOptions { signal?: AbortSignal }
export interface PageQuery extends CallOptions { after?: string; limit?: number }

const USERS = '/settings/v3/users/';
const CONVERSATIONS = '/conversations/v3/conversations';
const USERS_READ = ['settings.users.read', 'crm.objects.users.read'];
const USERS_WRITE = ['settings.users.write', 'crm.objects.users.write'];
const CONVERSATIONS_READ = ['conversations.read'];

type Paged<T> = { results: T[]; paging?: { next?: { after: string } | undefined } | undefined };
function toPage<T>(answer: Paged<T>): Page<T> {
  const after = answer.paging?.next?.after;
  return after === undefined ? { results: answer.results } : { results: answer.results, nextAfter: after };
}

const signalOf = (options: CallOptions | undefined): Pick<HttpRequest, 'signal'> => (options?.signal ? { signal: options.signal } : {});

export function createHubSpotClient(options: HubSpotClientOptions) {
  const http = createHttpClient({
    service: 'hubspot',
    baseUrl: options.baseUrl ?? 'https://api.hubapi.com',
    getToken: options.getToken,
    mapError: mapHubSpotError,
    limiters: options.limiter ?? createLimiterRegistry(),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
  });

  const get = <S extends v.GenericSchema>(operation: string, path: string, schema: S, extra: Partial<HttpRequest> = {}) =>
    http.json({ operation, method: 'GET', path, ...extra }, schema);

  return {
    ...activityCalls(http),
    async listUsers(query: PageQuery = {}): Promise<Page<HubSpotUser>> {
      return toPage(await get('listUsers', USERS, pagedSchema(HubSpotUserSchema), {
        query: { after: query.after, limit: query.limit }, requiredScopes: USERS_READ, ...signalOf(query),
      }));
    },
    getUser(idOrEmail: string, by: 'USER_ID' | 'EMAIL' = 'USER_ID', call?: CallOptions): Promise<HubSpotUser> {
      return get('getUser', `${USERS}${encodeURIComponent(idOrEmail)}`, HubSpotUserSchema, {
        query: { idProperty: by }, requiredScopes: USERS_READ, ...signalOf(call),
      });
    },
    createUser(body: HubSpotUserCreate, call?: CallOptions): Promise<HubSpotUser> {
      return http.json({ operation: 'createUser', method: 'POST', path: USERS, json: body, requiredScopes: USERS_WRITE, ...signalOf(call) }, HubSpotUserSchema);
    },
    updateUser(id: string, body: HubSpotUserUpdate, call?: CallOptions): Promise<HubSpotUser> {
      return http.json({ operation: 'updateUser', method: 'PUT', path: `${USERS}${encodeURIComponent(id)}`, json: body, requiredScopes: USERS_WRITE, ...signalOf(call) }, HubSpotUserSchema);
    },
    /** 204. A user already removed answers 404 (NotFoundError): the caller's verify step decides. */
    removeUser(id: string, call?: CallOptions): Promise<void> {
      return http.empty({ operation: 'removeUser', method: 'DELETE', path: `${USERS}${encodeURIComponent(id)}`, requiredScopes: USERS_WRITE, ...signalOf(call) });
    },
    async listRoles(call?: CallOptions): Promise<HubSpotRole[]> {
      return (await get('listRoles', `${USERS}roles`, unpagedSchema(HubSpotRoleSchema), { requiredScopes: USERS_READ, ...signalOf(call) })).results;
    },
    async listTeams(call?: CallOptions): Promise<HubSpotTeam[]> {
      return (await get('listTeams', `${USERS}teams`, unpagedSchema(HubSpotTeamSchema), { requiredScopes: ['settings.users.teams.read'], ...signalOf(call) })).results;
    },
    /** `archived: true` lists only archived owners: HubSpot's deactivated (and removed) users. */
    async listOwners(query: PageQuery & { archived?: boolean; email?: string } = {}): Promise<Page<HubSpotOwner>> {
      return toPage(await get('listOwners', '/crm/v3/owners/', pagedSchema(HubSpotOwnerSchema), {
        query: { after: query.after, limit: query.limit, archived: query.archived, email: query.email },
        requiredScopes: ['crm.objects.owners.read'], ...signalOf(query),
      }));
    },
    /** One owner by id or by user id; `archived` must match the owner's state (a deactivated user's owner is archived). */
    getOwner(id: string, query: { by?: 'id' | 'userId'; archived?: boolean } & CallOptions = {}): Promise<HubSpotOwner> {
      return get('getOwner', `/crm/v3/owners/${encodeURIComponent(id)}`, HubSpotOwnerSchema, {
        query: { idProperty: query.by, archived: query.archived }, requiredScopes: ['crm.objects.owners.read'], ...signalOf(query),
      });
    },
    /** How many records of `object` the owner owns: a CRM search by `hubspot_owner_id`, one record asked for. */
    async countOwnedRecords(object: OwnedObject, ownerId: string, call?: CallOptions): Promise<number> {
      const json = { filterGroups: [{ filters: [{ propertyName: 'hubspot_owner_id', operator: 'EQ', value: ownerId }] }], limit: 1, properties: ['hs_object_id'] };
      const answer = await http.json({ operation: 'countOwnedRecords', method: 'POST', path: `/crm/v3/objects/${object}/search`, json, requiredScopes: SEARCH_SCOPES[object], ...signalOf(call) }, SearchTotalSchema);
      return answer.total;
    },
    async listInboxes(query: PageQuery & { archived?: boolean } = {}): Promise<Page<HubSpotInbox>> {
      return toPage(await get('listInboxes', `${CONVERSATIONS}/inboxes`, pagedSchema(HubSpotInboxSchema), {
        query: { after: query.after, limit: query.limit, archived: query.archived }, requiredScopes: CONVERSATIONS_READ, ...signalOf(query),
      }));
    },
    async listChannels(query: PageQuery = {}): Promise<Page<HubSpotChannel>> {
      return toPage(await get('listChannels', `${CONVERSATIONS}/channels`, pagedSchema(HubSpotChannelSchema), {
        query: { after: query.after, limit: query.limit }, requiredScopes: CONVERSATIONS_READ, ...signalOf(query),
      }));
    },
    /** Team inboxes are channel accounts of channel 1002 (email), hubspot.md §3. */
    async listChannelAccounts(query: PageQuery & { channelId?: string[]; inboxId?: string[]; archived?: boolean } = {}): Promise<Page<HubSpotChannelAccount>> {
      return toPage(await get('listChannelAccounts', `${CONVERSATIONS}/channel-accounts`, pagedSchema(HubSpotChannelAccountSchema), {
        query: { after: query.after, limit: query.limit, channelId: query.channelId, inboxId: query.inboxId, archived: query.archived },
        requiredScopes: CONVERSATIONS_READ, ...signalOf(query),
      }));
    },
    accountDetails(call?: CallOptions): Promise<AccountDetails> {
      return get('accountDetails', '/account-info/v3/details', AccountDetailsSchema, { requiredScopes: ['oauth'], ...signalOf(call) });
    },
    /**
     * The token travels in the path (the only form v1 offers), so this request is made without
     * an Authorization header and the token is scrubbed from any error; never log its URL.
     */
  };
}

export type HubSpotClient = ReturnType<typeof createHubSpotClient>;
