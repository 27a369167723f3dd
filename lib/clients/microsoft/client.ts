import * as v from 'valibot';
import { NotFoundError } from '../errors';
import { createHttpClient, type QueryValue } from '../http';
import { collectAll } from '../paging';
import type { RetryOptions } from '../retry';
import { mapGraphError } from './map-error';
import { signInCalls } from './sign-ins';
import {
  collectionSchema, eqFilter, GraphUserSchema, OrganizationSchema, PermissionGrantSchema, ServicePrincipalSchema,
  type GraphUser, type Organization, type PermissionGrant, type ServicePrincipal,
} from './schemas';

/**
 * Microsoft Graph v1.0 for the Entra admin side (providers.md §6, §7, §10): who is signed in, the
 * tenant's users, HubSpot's service principal and its oauth2PermissionGrants, deleting a grant;
 * and the sign-in logs (§12, v1.0 and beta: ./sign-ins.ts).
 * Lists follow `@odata.nextLink` to the end (tenant-sized collections, not sync-sized).
 */
export interface GraphClientOptions {
  getToken: () => string | Promise<string>;
  fetch?: typeof fetch;
  retry?: Partial<Omit<RetryOptions, 'signal'>>;
}

export interface CallOptions { signal?: AbortSignal }

export type DeleteOutcome = 'deleted' | 'already-gone';

export type ServicePrincipalQuery = { displayName: string } | { appId: string };

const signalOf = (call?: CallOptions) => (call?.signal ? { signal: call.signal } : {});

export function createGraphClient(options: GraphClientOptions) {
  const http = createHttpClient({
    service: 'microsoft',
    baseUrl: 'https://graph.microsoft.com/v1.0',
    getToken: options.getToken,
    mapError: mapGraphError,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
  });

  /** Every item of a collection; each nextLink is fetched as given (same origin enforced by http). */
  function all<S extends v.GenericSchema>(operation: string, path: string, query: Record<string, QueryValue>, item: S, call?: CallOptions): Promise<v.InferOutput<S>[]> {
    const schema = collectionSchema(item);
    return collectAll(async (after) => {
      const page = await http.json({ operation, method: 'GET', ...(after === undefined ? { path, query } : { url: after }), ...signalOf(call) }, schema);
      const next = page['@odata.nextLink'];
      return next === undefined ? { results: page.value } : { results: page.value, nextAfter: next };
    }, 'microsoft');
  }

  return {
    ...signInCalls(http),
    me(call?: CallOptions): Promise<GraphUser> {
      return http.json({ operation: 'me', method: 'GET', path: '/me', ...signalOf(call) }, GraphUserSchema);
    },
    /** The signed-in admin's own tenant (one item: the organization the token belongs to). */
    async organization(call?: CallOptions): Promise<Organization> {
      const [own] = await all('organization', '/organization', {}, OrganizationSchema, call);
      if (!own) throw new NotFoundError({ status: 404, service: 'microsoft', message: 'Graph listed no organization for this sign-in' });
      return own;
    },
    listUsers(call?: CallOptions): Promise<GraphUser[]> {
      return all('listUsers', '/users', {}, GraphUserSchema, call);
    },
    /** Every service principal with that display name (names are not unique) or app id. */
    findServicePrincipal(by: ServicePrincipalQuery, call?: CallOptions): Promise<ServicePrincipal[]> {
      const filter = 'appId' in by ? eqFilter({ appId: by.appId }) : eqFilter({ displayName: by.displayName });
      return all('findServicePrincipal', '/servicePrincipals', { $filter: filter }, ServicePrincipalSchema, call);
    },
    /**
     * Grants in the tenant, narrowed by the client's service principal *object id* (not the
     * appId) and/or the user's object id. Filtering by clientId also minimises replication delay.
     */
    listPermissionGrants(filter: { clientId?: string; principalId?: string } = {}, call?: CallOptions): Promise<PermissionGrant[]> {
      const $filter = eqFilter({ clientId: filter.clientId, principalId: filter.principalId });
      return all('listPermissionGrants', '/oauth2PermissionGrants', { $filter }, PermissionGrantSchema, call);
    },
    /** Grants made for this one user (no AllPrincipals grants), by object id or UPN. */
    userPermissionGrants(userIdOrUpn: string, call?: CallOptions): Promise<PermissionGrant[]> {
      return all('userPermissionGrants', `/users/${encodeURIComponent(userIdOrUpn)}/oauth2PermissionGrants`, {}, PermissionGrantSchema, call);
    },
    /**
     * Deletes a grant: 204. Idempotent by design: a 404 means the grant no longer exists (deleted
     * earlier, perhaps by a run that was interrupted before recording it), answered as
     * 'already-gone' so a plan re-run after a crash does not fail.
     */
    async deletePermissionGrant(id: string, call?: CallOptions): Promise<DeleteOutcome> {
      try {
        await http.empty({ operation: 'deletePermissionGrant', method: 'DELETE', path: `/oauth2PermissionGrants/${encodeURIComponent(id)}`, ...signalOf(call) });
        return 'deleted';
      } catch (error) {
        if (error instanceof NotFoundError) return 'already-gone';
        throw error;
      }
    },
  };
}

export type GraphClient = ReturnType<typeof createGraphClient>;
