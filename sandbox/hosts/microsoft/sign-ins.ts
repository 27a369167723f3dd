import type { ProviderEvent, Scenario } from '../../core/scenario';
import type { World } from '../../core/world';
import { json } from '../google/http';
import { domainOf, normalizeAddress, personName } from '../google/people';
import type { Tenant } from './directory';
import type { GraphCaller } from './graph';
import { graphError } from './graph-errors';
import { isGuid, userObjectId, uuidV5 } from './ids';

/**
 * Graph `auditLogs/signIns` (providers.md §12), from scenario.providerEvents (provider
 * microsoft365, kind sign-in) of the caller's tenant, newest first, the last 30 days. v1.0 lists
 * interactive sign-ins only; beta lists what `signInEventTypes/any(t: t eq '…')` asks for
 * (interactive when the filter is absent). Checks, in this order: the AuditLog.Read.All
 * permission (403 Authentication_MSGraphPermissionMissing), the tenant's Entra ID P1/P2 licence
 * (403 Authentication_RequestFromNonPremiumTenantOrB2CTenant), a role that may read sign-in logs
 * (403 Authentication_RequestFromUnsupportedUserRole) — the codes and messages Graph sends
 * (microsoft-graph-docs issues #7276, #3196; Entra "reporting API prerequisites"). Which check Graph
 * makes first when several fail is not documented.
 */

const RETENTION_DAYS = 30;
const MAX_TOP = 1000;
const FAILURE_REASONS: Readonly<Record<number, string>> = {
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
  700082: 'The refresh token has expired due to inactivity.',
  50076: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
  53003: 'Access has been blocked by Conditional Access policies.',
  50057: 'The user account is disabled.',
  65001: 'The user or administrator has not consented to use the application.',
};

type EventType = 'interactiveUser' | 'nonInteractiveUser';

interface SignInFilter {
  appId?: string;
  userId?: string;
  userPrincipalName?: string;
  from?: number;
  to?: number;
  types?: EventType[];
}

const CLAUSE = /^\s*(appId|userId|userPrincipalName)\s+eq\s+'((?:[^']|'')*)'\s*/i;
const TIME_CLAUSE = /^\s*createdDateTime\s+(ge|gt|le|lt)\s+(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\s*/i;
const TYPES_CLAUSE = /^\s*signInEventTypes\/any\(t:\s*((?:t\s+eq\s+'(?:interactiveUser|nonInteractiveUser)'\s*(?:or\s+)?)+)\)\s*/i;

/** The `$filter` forms the sign-in list supports here; an error message for anything else. */
export function parseSignInFilter(filter: string | null, beta: boolean): SignInFilter | string {
  const parsed: SignInFilter = {};
  let rest = (filter ?? '').trim();
  while (rest.length > 0) {
    const eq = CLAUSE.exec(rest);
    const time = eq ? null : TIME_CLAUSE.exec(rest);
    const types = eq || time ? null : TYPES_CLAUSE.exec(rest);
    if (eq) {
      const key = (eq[1] ?? '').toLowerCase() === 'appid' ? 'appId' : (eq[1] ?? '').toLowerCase() === 'userid' ? 'userId' : 'userPrincipalName';
      parsed[key] = (eq[2] ?? '').replace(/''/g, "'");
      rest = rest.slice(eq[0].length);
    } else if (time) {
      const at = Date.parse(time[2] ?? '');
      const op = (time[1] ?? '').toLowerCase();
      if (op === 'ge' || op === 'gt') parsed.from = op === 'gt' ? at + 1 : at;
      else parsed.to = op === 'lt' ? at - 1 : at;
      rest = rest.slice(time[0].length);
    } else if (types) {
      if (!beta) return "Could not find a property named 'signInEventTypes' on type 'microsoft.graph.signIn'.";
      parsed.types = [...(types[1] ?? '').matchAll(/'(interactiveUser|nonInteractiveUser)'/g)].map((m) => m[1] as EventType);
      rest = rest.slice(types[0].length);
    } else {
      return `Invalid filter clause: ${filter}`;
    }
    if (rest.length === 0) break;
    const and = /^and\s+/i.exec(rest);
    if (!and) return `Invalid filter clause: ${filter}`;
    rest = rest.slice(and[0].length);
  }
  return parsed;
}

/** A sign-in event's appId: its own, else the tenant's configured principal of the app, else the one the directory derives. */
function appIdOf(tenant: Tenant, event: ProviderEvent): string {
  if (event.client) return event.client.toLowerCase();
  const app = event.app ?? 'HubSpot';
  return tenant.servicePrincipals.find((sp) => sp.displayName === app)?.appId.toLowerCase() ?? uuidV5(`app:${app}`);
}

function signInJson(scenario: Scenario, tenant: Tenant, event: ProviderEvent, index: number, beta: boolean) {
  const address = normalizeAddress(event.address);
  const errorCode = event.errorCode ?? 0;
  const interactive = event.interactive ?? false;
  const name = personName(scenario, address);
  const id = uuidV5(`sign-in:${index}:${address}:${event.at}`);
  return {
    id,
    createdDateTime: new Date(event.at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    userDisplayName: name.displayName,
    userPrincipalName: address,
    userId: userObjectId(address),
    appId: appIdOf(tenant, event),
    appDisplayName: event.app ?? 'HubSpot',
    ipAddress: '203.0.113.10',
    clientAppUsed: interactive ? 'Browser' : 'Mobile Apps and Desktop clients',
    correlationId: uuidV5(`correlation:${id}`),
    conditionalAccessStatus: 'notApplied',
    isInteractive: interactive,
    resourceDisplayName: 'Microsoft Graph',
    status: { errorCode, failureReason: errorCode === 0 ? null : (event.failureReason ?? FAILURE_REASONS[errorCode] ?? 'Other.'), additionalDetails: null },
    ...(beta ? { signInEventTypes: [interactive ? 'interactiveUser' : 'nonInteractiveUser'] } : {}),
  };
}

const mayRead = (tenant: Tenant, caller: string, scenario: Scenario): boolean => {
  const configured = scenario.directories?.entraTenants?.find((t) => t.tenantId.toLowerCase() === tenant.tenantId);
  return (configured?.auditReaders ?? tenant.admins).map(normalizeAddress).includes(normalizeAddress(caller));
};

export function signInsRoute(request: Request, world: World, url: URL, caller: GraphCaller, version: 'v1.0' | 'beta'): Response {
  if (request.method !== 'GET') return graphError(world, 405, 'Request_BadRequest', 'The HTTP method is not supported on this resource.');
  if (!caller.permissions.has('AuditLog.Read.All')) {
    return graphError(world, 403, 'Authentication_MSGraphPermissionMissing', 'Calling principal does not have required MSGraph permissions AuditLog.Read.All');
  }
  const scenario = world.scenario;
  const configured = scenario.directories?.entraTenants?.find((t) => t.tenantId.toLowerCase() === caller.tenant.tenantId);
  if ((configured?.licence ?? 'P1') === 'free') {
    return graphError(world, 403, 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', "Neither tenant is B2C or tenant doesn't have premium license");
  }
  if (!mayRead(caller.tenant, caller.address, scenario)) {
    return graphError(world, 403, 'Authentication_RequestFromUnsupportedUserRole', 'User is not in the allowed roles');
  }
  const beta = version === 'beta';
  const filter = parseSignInFilter(url.searchParams.get('$filter'), beta);
  if (typeof filter === 'string') return graphError(world, 400, 'Request_UnsupportedQuery', filter);
  const top = url.searchParams.get('$top') === null ? MAX_TOP : Number(url.searchParams.get('$top'));
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) return graphError(world, 400, 'Request_BadRequest', `Invalid page size specified: '${url.searchParams.get('$top')}'. Must be between 1 and ${MAX_TOP} inclusive.`);
  const skip = url.searchParams.get('$skiptoken') ? Number.parseInt(Buffer.from(url.searchParams.get('$skiptoken') ?? '', 'base64url').toString(), 10) : 0;
  if (!Number.isInteger(skip) || skip < 0) return graphError(world, 400, 'Request_BadRequest', 'Invalid skip token.');

  const types: EventType[] = filter.types ?? ['interactiveUser'];
  const now = world.now().getTime();
  const oldest = now - RETENTION_DAYS * 86_400_000;
  const all = (scenario.providerEvents ?? [])
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => event.provider === 'microsoft365' && event.kind === 'sign-in' && caller.tenant.domains.includes(domainOf(event.address)))
    .filter(({ event }) => types.includes(event.interactive ? 'interactiveUser' : 'nonInteractiveUser'))
    .filter(({ event }) => {
      const at = Date.parse(event.at);
      return at >= oldest && at <= now && (filter.from === undefined || at >= filter.from) && (filter.to === undefined || at <= filter.to);
    })
    .map(({ event, index }) => signInJson(scenario, caller.tenant, event, index, beta))
    .filter((signIn) => (filter.appId === undefined || (isGuid(filter.appId) ? signIn.appId === filter.appId.toLowerCase() : false))
      && (filter.userId === undefined || signIn.userId === filter.userId.toLowerCase())
      && (filter.userPrincipalName === undefined || signIn.userPrincipalName === filter.userPrincipalName.toLowerCase()))
    .sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime));
  const page = all.slice(skip, skip + top);
  const next = new URL(url);
  next.searchParams.set('$skiptoken', Buffer.from(String(skip + top)).toString('base64url'));
  return json(200, {
    '@odata.context': `https://graph.microsoft.com/${version}/$metadata#auditLogs/signIns`,
    value: page,
    ...(skip + top < all.length ? { '@odata.nextLink': next.toString() } : {}),
  });
}
