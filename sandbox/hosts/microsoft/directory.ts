import type { ProviderGrant, Scenario, ScenarioServicePrincipal } from '../../core/scenario';
import { domainOf, normalizeAddress, personName, scenarioAddresses } from '../google/people';
import { GRAPH_APP_ID, grantId, isGuid, MICROSOFT_SERVICES_TENANT, userObjectId, uuidV5 } from './ids';

/**
 * Entra directory objects derived on every request from scenario.directories.entraTenants and
 * scenario.providerGrants (provider 'microsoft365'): tenants, users, service principals, grants.
 */

export interface Tenant {
  tenantId: string;
  domains: string[];
  admins: string[];
  servicePrincipals: ServicePrincipal[];
}

export interface EntraUser {
  id: string;
  address: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  tenant: Tenant;
}

export interface ServicePrincipal {
  id: string;
  appId: string;
  displayName: string;
  /** The tenant that registered the application (Graph: appOwnerOrganizationId). */
  appOwnerOrganizationId: string;
  verifiedPublisher: { displayName: string; verifiedPublisherId: string } | null;
}

/**
 * A vendor's own organisation: an app a grant implies (HubSpot's, Zoom's) is registered in its
 * publisher's tenant, never in the customer's. Stable per app name.
 */
const vendorOrganisation = (app: string): string => uuidV5(`organisation:${app}`);

function configuredPrincipal(sp: ScenarioServicePrincipal): ServicePrincipal {
  return {
    id: sp.id, appId: sp.appId, displayName: sp.displayName,
    appOwnerOrganizationId: (sp.appOwnerOrganizationId ?? vendorOrganisation(sp.displayName)).toLowerCase(),
    verifiedPublisher: sp.verifiedPublisher ?? null,
  };
}

export interface PermissionGrant {
  id: string;
  clientId: string;
  consentType: 'Principal' | 'AllPrincipals';
  principalId: string | null;
  resourceId: string;
  scope: string;
  /** The scenario entries this grant stands for (several merge when they share an id). */
  sources: ProviderGrant[];
}

export function tenants(scenario: Scenario): Tenant[] {
  return (scenario.directories?.entraTenants ?? []).map((t) => ({
    tenantId: t.tenantId.toLowerCase(),
    domains: t.domains.map((d) => d.toLowerCase()),
    admins: (t.admins ?? []).map(normalizeAddress),
    servicePrincipals: (t.servicePrincipals ?? []).map(configuredPrincipal),
  }));
}

export function tenantOfAddress(scenario: Scenario, address: string): Tenant | undefined {
  const domain = domainOf(address);
  return tenants(scenario).find((t) => t.domains.includes(domain));
}

/** A tenant named by its id or one of its domains, as in login.microsoftonline.com/{tenant}. */
export function findTenant(scenario: Scenario, idOrDomain: string): Tenant | undefined {
  const key = idOrDomain.toLowerCase();
  return tenants(scenario).find((t) => t.tenantId === key || t.domains.includes(key));
}

export function isTenantAdmin(tenant: Tenant, address: string): boolean {
  return tenant.admins.includes(normalizeAddress(address));
}

function toUser(scenario: Scenario, tenant: Tenant, address: string): EntraUser {
  return { id: userObjectId(address), address, ...personName(scenario, address), tenant };
}

/** Every address the scenario mentions in the tenant's domains. */
export function tenantUsers(scenario: Scenario, tenant: Tenant): EntraUser[] {
  return scenarioAddresses(scenario)
    .filter((a) => tenant.domains.includes(domainOf(a)))
    .map((a) => toUser(scenario, tenant, a));
}

/** A user by object id or userPrincipalName, within one tenant. */
export function findUser(scenario: Scenario, tenant: Tenant, idOrUpn: string): EntraUser | undefined {
  const key = idOrUpn.toLowerCase();
  return tenantUsers(scenario, tenant).find((u) => u.id === key || u.address === key);
}

/** Microsoft Graph's own service principal in a tenant: the resource of every delegated grant. */
export function graphServicePrincipal(tenant: Tenant): ServicePrincipal {
  // Microsoft's first-party apps are registered in Microsoft's own tenant.
  return {
    id: uuidV5(`sp:${tenant.tenantId}:${GRAPH_APP_ID}`), appId: GRAPH_APP_ID, displayName: 'Microsoft Graph',
    appOwnerOrganizationId: MICROSOFT_SERVICES_TENANT, verifiedPublisher: null,
  };
}

function grantsInTenant(scenario: Scenario, tenant: Tenant): ProviderGrant[] {
  return (scenario.providerGrants ?? []).filter((g) => g.provider === 'microsoft365' && tenant.domains.includes(domainOf(g.address)));
}

/**
 * The client service principal of a grant: a configured one whose id or appId is the grant's
 * clientId (or, for a grant naming no clientId, whose displayName is its app), else one derived
 * from the app (appId = clientId when that is a GUID), registered in its vendor's organisation.
 */
function clientPrincipal(tenant: Tenant, grant: ProviderGrant): ServicePrincipal {
  const configured = tenant.servicePrincipals.find((sp) =>
    grant.clientId !== undefined ? sp.id === grant.clientId || sp.appId === grant.clientId : sp.displayName === grant.app);
  if (configured) return configured;
  const appId = grant.clientId && isGuid(grant.clientId) ? grant.clientId.toLowerCase() : uuidV5(`app:${grant.app}`);
  return { id: uuidV5(`sp:${tenant.tenantId}:${appId}`), appId, displayName: grant.app, appOwnerOrganizationId: vendorOrganisation(grant.app), verifiedPublisher: null };
}

export function servicePrincipals(scenario: Scenario, tenant: Tenant): ServicePrincipal[] {
  const all = [...tenant.servicePrincipals, graphServicePrincipal(tenant), ...grantsInTenant(scenario, tenant).map((g) => clientPrincipal(tenant, g))];
  return [...new Map(all.map((sp) => [sp.id, sp])).values()];
}

/** The tenant's oAuth2PermissionGrants; entries with the same client, resource and user merge. */
export function permissionGrants(scenario: Scenario, tenant: Tenant): PermissionGrant[] {
  const resourceId = graphServicePrincipal(tenant).id;
  const byId = new Map<string, PermissionGrant>();
  for (const grant of grantsInTenant(scenario, tenant)) {
    const clientId = clientPrincipal(tenant, grant).id;
    const consentType = grant.consentType ?? 'Principal';
    const principalId = consentType === 'Principal' ? userObjectId(grant.address) : null;
    const id = grantId(clientId, resourceId, principalId);
    const existing = byId.get(id);
    const scopes = [...new Set([...(existing?.scope.split(' ') ?? []), ...(grant.scopes ?? [])])].filter(Boolean);
    byId.set(id, { id, clientId, consentType, principalId, resourceId, scope: scopes.join(' '), sources: [...(existing?.sources ?? []), grant] });
  }
  return [...byId.values()];
}

/** Removes a grant's scenario entries in place, so GET /state shows the change. */
export function removePermissionGrant(scenario: Scenario, grant: PermissionGrant): void {
  scenario.providerGrants = (scenario.providerGrants ?? []).filter((g) => !grant.sources.includes(g));
}

export const grantsOfUser = (grants: PermissionGrant[], user: EntraUser): PermissionGrant[] =>
  grants.filter((g) => g.principalId === user.id);
