import type { World } from '../../core/world';
import { json } from '../google/http';
import {
  findUser, grantsOfUser, isTenantAdmin, permissionGrants, removePermissionGrant, servicePrincipals, tenantUsers,
} from './directory';
import type { GraphCaller } from './graph';
import { collection, entity, grantJson, organizationJson, servicePrincipalJson, userJson } from './graph-entities';
import { accessDenied, badRequest, graphError, resourceNotFound } from './graph-errors';
import { GRANT_READ, GRANT_WRITE } from './graph-scopes';
import { matchesClauses, parseEqFilter } from './odata-filter';

/** The directory resources of one tenant, for an authenticated caller of that tenant. */

const GRANT_FILTERS = ['clientId', 'consentType', 'principalId', 'resourceId'] as const;
const SP_FILTERS = ['displayName', 'appId', 'id'] as const;

/** Grants need an admin role (§6: Global Reader, Directory Readers or a WR role) and the permission. */
function mayUseGrants(caller: GraphCaller, needed: readonly string[]): boolean {
  return isTenantAdmin(caller.tenant, caller.address) && needed.some((p) => caller.permissions.has(p));
}

function filtered<T extends Record<string, unknown>>(world: World, items: T[], url: URL, allowed: readonly string[]): T[] | Response {
  const filter = url.searchParams.get('$filter');
  if (!filter) return items;
  const parsed = parseEqFilter(filter, allowed);
  if (!parsed.ok) return graphError(world, 400, 'Request_UnsupportedQuery', parsed.message);
  return items.filter((item) => matchesClauses(item, parsed.clauses));
}

function grantsRoute(request: Request, world: World, url: URL, rest: string, caller: GraphCaller): Response {
  const grants = permissionGrants(world.scenario, caller.tenant);
  if (rest === '') {
    if (request.method !== 'GET') return graphError(world, 405, 'Request_BadRequest', 'The HTTP method is not supported on this resource.');
    if (!mayUseGrants(caller, GRANT_READ)) return accessDenied(world);
    const list = filtered(world, grants.map(grantJson), url, GRANT_FILTERS);
    return list instanceof Response ? list : json(200, collection('oauth2PermissionGrants', list));
  }
  const id = rest.slice(1);
  if (!mayUseGrants(caller, request.method === 'DELETE' ? GRANT_WRITE : GRANT_READ)) return accessDenied(world);
  const grant = grants.find((g) => g.id === id);
  if (!grant) return resourceNotFound(world, id);
  if (request.method === 'GET') return json(200, entity('oauth2PermissionGrants', grantJson(grant)));
  if (request.method === 'DELETE') {
    removePermissionGrant(world.scenario, grant);
    return new Response(null, { status: 204 });
  }
  return graphError(world, 405, 'Request_BadRequest', 'The HTTP method is not supported on this resource.');
}

function usersRoute(world: World, url: URL, rest: string, caller: GraphCaller): Response {
  const scenario = world.scenario;
  if (rest === '') return json(200, collection('users', tenantUsers(scenario, caller.tenant).map(userJson)));
  const [, key = '', sub] = rest.split('/');
  const user = key === 'me' ? caller.user : findUser(scenario, caller.tenant, key);
  if (!user) return resourceNotFound(world, key);
  if (sub === undefined) return json(200, entity('users', userJson(user)));
  if (sub === 'oauth2PermissionGrants') {
    if (!mayUseGrants(caller, GRANT_READ)) return accessDenied(world);
    const list = filtered(world, grantsOfUser(permissionGrants(scenario, caller.tenant), user).map(grantJson), url, GRANT_FILTERS);
    return list instanceof Response ? list : json(200, collection('oauth2PermissionGrants', list));
  }
  return badRequest(world, `Resource not found for the segment '${sub}'.`);
}

function servicePrincipalsRoute(world: World, url: URL, rest: string, caller: GraphCaller): Response {
  const all = servicePrincipals(world.scenario, caller.tenant);
  if (rest === '') {
    const list = filtered(world, all.map((sp) => servicePrincipalJson(sp)), url, SP_FILTERS);
    return list instanceof Response ? list : json(200, collection('servicePrincipals', list));
  }
  const byAppId = /^\(appId='([^']*)'\)(\/.*)?$/.exec(rest);
  const byId = /^\/([^/]+)(\/.*)?$/.exec(rest);
  const key = byAppId?.[1] ?? byId?.[1];
  const sub = byAppId ? byAppId[2] : byId?.[2];
  if (key === undefined) return badRequest(world, `Resource not found for the segment 'servicePrincipals${rest}'.`);
  const sp = all.find((s) => (byAppId ? s.appId : s.id).toLowerCase() === key.toLowerCase());
  if (!sp) return resourceNotFound(world, key);
  if (sub === undefined) return json(200, entity('servicePrincipals', servicePrincipalJson(sp)));
  if (sub === '/oauth2PermissionGrants') {
    if (!mayUseGrants(caller, GRANT_READ)) return accessDenied(world);
    const grants = permissionGrants(world.scenario, caller.tenant).filter((g) => g.clientId === sp.id);
    return json(200, collection('oauth2PermissionGrants', grants.map(grantJson)));
  }
  return badRequest(world, `Resource not found for the segment '${sub.slice(1)}'.`);
}

export function routeDirectory(request: Request, world: World, url: URL, path: string, caller: GraphCaller): Response {
  const [, head = '', ...tail] = path.split('/');
  const rest = tail.length ? `/${tail.join('/')}` : '';
  if (head === 'oauth2PermissionGrants') return grantsRoute(request, world, url, rest, caller);
  if (request.method !== 'GET') return graphError(world, 405, 'Request_BadRequest', 'The HTTP method is not supported on this resource.');
  if (head === 'me') return usersRoute(world, url, `/me${rest}`, caller);
  if (head === 'users') return usersRoute(world, url, rest, caller);
  // The caller's own tenant (GET /organization needs Organization.Read.All or Directory.Read.All).
  if (head === 'organization' && rest === '') return json(200, collection('organization', [organizationJson(caller.tenant)]));
  if (head.startsWith('servicePrincipals')) return servicePrincipalsRoute(world, url, head.slice('servicePrincipals'.length) + rest, caller);
  return badRequest(world, `Resource not found for the segment '${head}'.`);
}
