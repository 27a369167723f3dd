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
    appOwnerOrganizationId: null,
    displayName: sp.displayName,
    servicePrincipalNames: [sp.appId],
    servicePrincipalType: 'Application',
    signInAudience: 'AzureADMultipleOrgs',
    tags: [],
    appRoleAssignmentRequired: false,
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
