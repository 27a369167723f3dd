import type { HostModule, SandboxContext } from '../../core/host';
import type { World } from '../../core/world';
import { bearerToken, json, preflight, withCors } from '../google/http';
import { personName } from '../google/people';
import { tenantOfAddress, type EntraUser, type Tenant } from './directory';
import { badRequest, graphFault, invalidToken, tooManyRequests } from './graph-errors';
import { routeDirectory } from './graph-routes';
import { graphPermissions } from './graph-scopes';
import { throttleFor } from './graph-throttle';
import { signInsRoute } from './sign-ins';
import { userObjectId } from './ids';
import { liveToken, microsoftTokenStore } from './token-store';
import { entity, userJson } from './graph-entities';

/**
 * graph.microsoft.com/v1.0 (and /beta, the same resources plus non-interactive sign-ins): users,
 * service principals, oAuth2PermissionGrants and auditLogs/signIns (providers.md §6, §7, §10, §12),
 * answered from the scenario for the caller's tenant. Bearer tokens
 * are the access tokens the sandbox's login.microsoftonline.com issued.
 */

export interface GraphCaller {
  address: string;
  permissions: Set<string>;
  tenant: Tenant;
  user: EntraUser;
}

function authenticate(request: Request, world: World): GraphCaller | Response | { personal: string } {
  const value = bearerToken(request);
  if (!value) return invalidToken(world, 'Access token is empty.');
  const token = liveToken(world, value, 'access');
  if (!token) {
    const known = microsoftTokenStore(world).tokens.has(value);
    return invalidToken(world, known ? 'Lifetime validation failed, the token is expired.' : 'IDX14100: JWT is not well formed, there are no dots (.).');
  }
  const tenant = tenantOfAddress(world.scenario, token.address);
  if (!tenant) return { personal: token.address };
  const user: EntraUser = { id: userObjectId(token.address), address: token.address, ...personName(world.scenario, token.address), tenant };
  return { address: token.address, permissions: graphPermissions(token.scopes), tenant, user };
}

async function route(request: Request, { world, url }: SandboxContext): Promise<Response> {
  const version = /^\/(v1\.0|beta)\//.exec(url.pathname)?.[1] as 'v1.0' | 'beta' | undefined;
  if (!version) return badRequest(world, `Invalid version: ${url.pathname.split('/')[1] ?? ''}`);
  const path = decodeURIComponent(url.pathname.slice(version.length + 1)).replace(/\/+$/, '');
  const caller = authenticate(request, world);
  if (caller instanceof Response) return caller;
  const retryAfter = throttleFor(world, request.method, path);
  if (retryAfter !== undefined) return tooManyRequests(world, retryAfter);
  if ('personal' in caller) {
    // Personal Microsoft accounts: /me works, directory resources are "not supported" (§6, §7).
    if (path === '/me' && request.method === 'GET') {
      const person = { id: userObjectId(caller.personal), address: caller.personal, ...personName(world.scenario, caller.personal) };
      return json(200, entity('users', userJson(person)));
    }
    return badRequest(world, 'This operation is not supported for a personal Microsoft account.');
  }
  if (path === '/auditLogs/signIns') return signInsRoute(request, world, url, caller, version);
  return routeDirectory(request, world, url, path, caller);
}

export const graphHost: HostModule = {
  hosts: ['graph.microsoft.com'],
  isApi: true,
  async handle(request, ctx) {
    if (request.method === 'OPTIONS') return preflight(request);
    return withCors(request, await route(request, ctx));
  },
  faultResponse: (status, ctx) => graphFault(ctx.world, status),
};
