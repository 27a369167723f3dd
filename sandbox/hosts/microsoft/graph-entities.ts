import type { EntraUser, PermissionGrant, ServicePrincipal } from './directory';

/** Graph v1.0 JSON for the entities the sandbox models. */

export const GRAPH_ROOT = 'https://graph.microsoft.com/v1.0';
export const context = (fragment: string): string => `${GRAPH_ROOT}/$metadata#${fragment}`;

/** The default property set Graph returns for a user without $select. */
export function userJson(user: Pick<EntraUser, 'id' | 'address' | 'displayName' | 'givenName' | 'surname'>): Record<string, unknown> {
  return {
    businessPhones: [],
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: null,
    mail: user.address,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: null,
    surname: user.surname,
    userPrincipalName: user.address,
    id: user.id,
  };
}

export function servicePrincipalJson(sp: ServicePrincipal): Record<string, unknown> {
  return {
    id: sp.id,
    accountEnabled: true,
    appDisplayName: sp.displayName,
    appId: sp.appId,
    appOwnerOrganizationId: sp.appOwnerOrganizationId,
    displayName: sp.displayName,
    servicePrincipalNames: [sp.appId],
    servicePrincipalType: 'Application',
    signInAudience: 'AzureADMultipleOrgs',
    tags: [],
    appRoleAssignmentRequired: false,
    // Graph answers an object of nulls for an app without a verified publisher.
    verifiedPublisher: sp.verifiedPublisher
      ? { displayName: sp.verifiedPublisher.displayName, verifiedPublisherId: sp.verifiedPublisher.verifiedPublisherId, addedDateTime: '2024-01-15T00:00:00Z' }
      : { displayName: null, verifiedPublisherId: null, addedDateTime: null },
  };
}

/** Graph's organization resource for a tenant (only the fields a client reads). */
export function organizationJson(tenant: { tenantId: string; domains: string[] }): Record<string, unknown> {
  return {
    id: tenant.tenantId,
    displayName: tenant.domains[0] ?? tenant.tenantId,
    verifiedDomains: tenant.domains.map((name, i) => ({ name, isDefault: i === 0, isInitial: false, type: 'Managed', capabilities: 'Email, OfficeCommunicationsOnline' })),
  };
}

export function grantJson(grant: PermissionGrant): Record<string, unknown> {
  return {
    clientId: grant.clientId,
    consentType: grant.consentType,
    id: grant.id,
    principalId: grant.principalId,
    resourceId: grant.resourceId,
    scope: grant.scope,
  };
}

export function collection(fragment: string, value: unknown[]): Record<string, unknown> {
  return { '@odata.context': context(fragment), value };
}

export function entity(fragment: string, value: Record<string, unknown>): Record<string, unknown> {
  return { '@odata.context': context(`${fragment}/$entity`), ...value };
}
