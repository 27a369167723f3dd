import type { HostModule, SandboxContext } from '../../core/host';
import type { ProviderGrant, Scenario } from '../../core/scenario';
import { findWorkspaceUser, googleClientId, googleGrantsOf, isWorkspaceAdmin, removeGrants, type WorkspaceUser } from './directory';
import { googleApiError, googleFault, insufficientScopes, invalidCredentials, notAuthorized, resourceNotFound } from './errors';
import { bearerToken, json, preflight, withCors } from './http';
import { stableHex, sameAddress } from './people';
import { reportsRoute } from './reports-api';
import { liveGoogleToken } from './token-store';

/**
 * Admin SDK Directory API `tokens` (providers.md §2): list, get and delete the OAuth tokens a
 * Workspace user issued to third-party apps. The Reports API on the same host: ./reports-api.ts. Answers are derived from scenario.providerGrants on
 * every request; delete removes the matching grants from the scenario.
 */

export const ADMIN_SECURITY_SCOPE = 'https://www.googleapis.com/auth/admin.directory.user.security';
const TOKENS_PATH = /^\/admin\/directory\/v1\/users\/([^/]+)\/tokens(?:\/([^/]+))?\/?$/;

export interface DirectoryToken {
  kind: 'admin#directory#token';
  etag: string;
  clientId: string;
  scopes: string[];
  userKey: string;
  anonymous: boolean;
  displayText: string;
  nativeApp: boolean;
}

const etagOf = (value: unknown): string => `"${stableHex(JSON.stringify(value)).slice(0, 27)}"`;

/** One Token per client id: several scenario grants of one app to one user merge their scopes. */
function tokensOf(scenario: Scenario, user: WorkspaceUser): DirectoryToken[] {
  const byClient = new Map<string, ProviderGrant[]>();
  for (const grant of googleGrantsOf(scenario, user.email)) {
    const id = googleClientId(grant);
    byClient.set(id, [...(byClient.get(id) ?? []), grant]);
  }
  return [...byClient].map(([clientId, grants]) => {
    const body = {
      clientId,
      scopes: [...new Set(grants.flatMap((g) => g.scopes ?? []))],
      userKey: user.id,
      anonymous: false,
      displayText: grants[0]?.app ?? clientId,
      nativeApp: false,
    };
    return { kind: 'admin#directory#token', etag: etagOf(body), ...body };
  });
}

function route(request: Request, ctx: SandboxContext): Response {
  const { world, url } = ctx;
  if (url.pathname.startsWith('/admin/reports/')) return reportsRoute(request, ctx);
  const match = TOKENS_PATH.exec(url.pathname);
  if (!match) return googleApiError(404, `Method not found: ${request.method} ${url.pathname}`, { reason: 'notFound' });
  const userKey = decodeURIComponent(match[1] ?? '');
  const clientId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
  const isList = clientId === undefined;
  if (!(request.method === 'GET' || (request.method === 'DELETE' && !isList))) {
    return googleApiError(405, `Method ${request.method} not allowed on ${url.pathname}`, { reason: 'httpMethodNotAllowed' });
  }

  // Order as Google's front end checks: credentials, then scopes, then the resource, then rights.
  const caller = liveGoogleToken(world, bearerToken(request));
  if (!caller) return invalidCredentials();
  if (!caller.scopes.includes(ADMIN_SECURITY_SCOPE)) return insufficientScopes();
  const scenario = world.scenario;
  const user = findWorkspaceUser(scenario, userKey);
  if (!user) return resourceNotFound('userKey');
  if (!isWorkspaceAdmin(user, caller.email)) return notAuthorized();

  const tokens = tokensOf(scenario, user);
  if (isList) {
    // Google's JSON omits empty repeated fields, so a user without tokens has no `items`.
    const list = { kind: 'admin#directory#tokenList', etag: etagOf(tokens), ...(tokens.length ? { items: tokens } : {}) };
    return json(200, list);
  }
  const token = tokens.find((t) => t.clientId === clientId);
  if (!token) return resourceNotFound('clientId');
  if (request.method === 'GET') return json(200, token);
  removeGrants(scenario, (g) => g.provider === 'google' && sameAddress(g.address, user.email) && googleClientId(g) === clientId);
  // "Empty response" (§2): Google's JSON APIs send 204 No Content for it.
  return new Response(null, { status: 204 });
}

export const adminDirectoryHost: HostModule = {
  hosts: ['admin.googleapis.com'],
  isApi: true,
  handle(request, ctx) {
    if (request.method === 'OPTIONS') return preflight(request);
    return withCors(request, route(request, ctx));
  },
  faultResponse: (status) => googleFault(status, false),
};
