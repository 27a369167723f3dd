import { HUBSPOT_APP_NAMES } from '../pages/hubspot/app-names';
import { entraVerdict, isHubSpotIdentity, type AppIdentity, type ConfirmedApps } from './identity';
import { KNOWN_HUBSPOT_ENTRA_APP_IDS } from './known-ids';

interface Principal {
  id: string;
  appId: string;
  displayName?: string | null;
  appOwnerOrganizationId?: string | null;
  verifiedPublisher?: { displayName?: string | null } | null;
}

/** What finding HubSpot's service principals needs from a Graph client (sync's and plans' alike). */
export interface PrincipalDirectory {
  organization(call?: { signal?: AbortSignal }): Promise<{ id: string }>;
  findServicePrincipal(query: { displayName: string } | { appId: string }, call?: { signal?: AbortSignal }): Promise<Principal[]>;
}

export type HubSpotPrincipal = Principal & { identity: AppIdentity };

/**
 * HubSpot's service principals in the signed-in admin's tenant, with how sure each is: those with
 * a known or confirmed app id, and those named like HubSpot's app that the identity rule keeps
 * (every one of that name, not the first: names are not unique). Also the tenant id, so a
 * confirmation can be kept for this directory.
 */
export async function hubspotPrincipals(graph: PrincipalDirectory, confirmed: ConfirmedApps, call?: { signal?: AbortSignal }): Promise<{ tenantId: string; principals: HubSpotPrincipal[] }> {
  const tenantId = (await graph.organization(call)).id.toLowerCase();
  const byId = new Map<string, Principal>();
  const appIds = [...KNOWN_HUBSPOT_ENTRA_APP_IDS.map((known) => known.id), ...(confirmed[`entra:${tenantId}`] ?? [])];
  const queries = [...HUBSPOT_APP_NAMES.map((displayName) => ({ displayName })), ...appIds.map((appId) => ({ appId }))];
  for (const query of queries) {
    for (const principal of await graph.findServicePrincipal(query, call)) byId.set(principal.id, principal);
  }
  const principals: HubSpotPrincipal[] = [];
  for (const principal of byId.values()) {
    const verdict = entraVerdict(principal, tenantId, confirmed);
    if (isHubSpotIdentity(verdict)) principals.push({ ...principal, identity: verdict });
  }
  return { tenantId, principals };
}
