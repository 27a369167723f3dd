/**
 * A small stand-in for lib/clients/hubspot (until it lands): HubSpotSyncClient over a fetch, with
 * the real typed errors and no retries. Tests inject `fetch` = the in-process sandbox, optionally
 * wrapped to kill or corrupt a page.
 */
import {
  AuthExpiredError,
  MalformedResponseError,
  MissingScopeError,
  NetworkError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
  ApiError,
} from '../../lib/clients/errors';
import type { ApiPage, HubSpotSyncClient, PublicRole, PublicTeam } from '../../lib/sync/clients';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

const BASE = 'https://api.hubapi.com';

interface ErrorBody {
  message?: string;
  category?: string;
  errors?: { context?: { requiredScopes?: string[] } }[];
}

function toError(status: number, body: ErrorBody): ApiError {
  const init = { status, service: 'hubspot' as const, message: body.message ?? `HTTP ${status}`, code: body.category };
  if (status === 401) return body.category === 'EXPIRED_AUTHENTICATION' ? new AuthExpiredError(init) : new UnauthorizedError(init);
  if (status === 403 && body.category === 'MISSING_SCOPES') {
    return new MissingScopeError({ ...init, scopes: body.errors?.[0]?.context?.requiredScopes ?? [] });
  }
  if (status === 429) return new RateLimitedError(init);
  if (status >= 500) return new ServerError(init);
  return new ApiError(init);
}

export function createSandboxHubSpotClient(options: { fetch: FetchLike; token: string }): HubSpotSyncClient {
  async function get<T>(path: string, query: Record<string, string | number | boolean | undefined> = {}): Promise<T> {
    const url = new URL(path, BASE);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value));
    let response: Response;
    try {
      response = await options.fetch(url.toString(), { headers: { authorization: `Bearer ${options.token}` } });
    } catch (error) {
      throw new NetworkError('hubspot', error instanceof Error ? error.message : String(error));
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new MalformedResponseError({ status: response.status, service: 'hubspot', message: 'not JSON', problems: ['$: JSON'] });
    }
    if (!response.ok) throw toError(response.status, body as ErrorBody);
    return body as T;
  }

  async function page<T>(path: string, query: Record<string, string | number | boolean | undefined>): Promise<ApiPage<T>> {
    const body = await get<{ results: T[]; total?: number; paging?: { next?: { after?: string } } }>(path, query);
    if (!Array.isArray(body.results)) {
      throw new MalformedResponseError({ status: 200, service: 'hubspot', message: 'no results', problems: ['$.results: array'] });
    }
    const nextAfter = body.paging?.next?.after;
    return { results: body.results, ...(nextAfter ? { nextAfter } : {}), ...(body.total === undefined ? {} : { total: body.total }) };
  }

  return {
    listUsers: ({ after, limit }) => page('/settings/v3/users/', { after, limit }),
    listOwners: ({ after, limit, archived }) => page('/crm/v3/owners/', { after, limit, archived }),
    listRoles: async () => (await get<{ results: PublicRole[] }>('/settings/v3/users/roles')).results,
    listTeams: async () => (await get<{ results: PublicTeam[] }>('/settings/v3/users/teams')).results,
    listInboxes: ({ after, limit, archived }) => page('/conversations/v3/conversations/inboxes', { after, limit, archived }),
    listChannelAccounts: ({ after, limit, archived }) =>
      page('/conversations/v3/conversations/channel-accounts', { after, limit, archived }),
  };
}
