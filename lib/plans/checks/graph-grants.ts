/**
 * HubSpot's delegated permission grant for one user through Microsoft Graph (providers.md §6,
 * §7): HubSpot's service principals by identity (lib/hubspot-apps: known or confirmed app ids,
 * else multi-tenant apps of another organisation named like HubSpot's; an app a user registered
 * in the tenant as "HubSpot" is not it), the user's oauth2PermissionGrants by UPN, delete the
 * Principal grants whose client is one of them (a candidate only once the admin confirmed it
 * for the tenant), list again. Tenant-wide (AllPrincipals) consent is not per user and is left
 * alone: removing it would cut every user off.
 */
import { readConfirmedApps } from '../../hubspot-apps/confirmed';
import { hubspotPrincipals, type HubSpotPrincipal } from '../../hubspot-apps/entra-principals';
import { entraDirectory, mayDelete } from '../../hubspot-apps/identity';
import { normalizeAddress } from '../../model';
import { graphWhere } from '../../sync/jobs/microsoft-grants';
import type { PlanGraphClient } from '../clients';
import { MissingCredentialError } from '../errors';
import type { ActResult, StepRun, VerifyResult } from '../types';
import type { HubSpotAppListing, ListedHubSpotApp } from './hubspot-app-list';

async function adminClient(run: StepRun): Promise<PlanGraphClient> {
  const admin = run.context.microsoftAdmin;
  const client = admin === undefined ? undefined : await run.clients.graph(admin);
  if (!client) throw new MissingCredentialError('microsoft', admin);
  return client;
}

interface UserGrant {
  id: string;
  principal: HubSpotPrincipal;
  scopes: string[];
}

/** The user's own (Principal) grants to HubSpot's service principals, and the tenant. */
async function userGrants(client: PlanGraphClient, run: StepRun): Promise<{ tenantId: string; grants: UserGrant[] }> {
  const call = run.signal ? { signal: run.signal } : {};
  const { tenantId, principals } = await hubspotPrincipals(client, await readConfirmedApps(run.access), call);
  if (principals.length === 0) return { tenantId, grants: [] };
  const byId = new Map(principals.map((p) => [p.id, p]));
  const grants = await client.userPermissionGrants(run.context.address, call);
  return {
    tenantId,
    grants: grants.flatMap((grant) => {
      const principal = grant.consentType === 'Principal' ? byId.get(grant.clientId) : undefined;
      return principal ? [{ id: grant.id, principal, scopes: grant.scopes }] : [];
    }),
  };
}

/** For the confirm dialog: the apps whose grants the step would remove, and which need confirming. */
export async function hubspotGrantApps(run: StepRun): Promise<HubSpotAppListing> {
  const { tenantId, grants } = await userGrants(await adminClient(run), run);
  const apps = new Map<string, ListedHubSpotApp>();
  for (const { principal, scopes } of grants) {
    const seen = apps.get(principal.appId);
    const publisher = principal.verifiedPublisher?.displayName ?? undefined;
    apps.set(principal.appId, {
      id: principal.appId, name: principal.displayName ?? principal.appId, scopes: [...new Set([...(seen?.scopes ?? []), ...scopes])],
      ...(publisher ? { publisher } : {}), identity: principal.identity,
    });
  }
  return { directory: entraDirectory(tenantId), apps: [...apps.values()] };
}

export async function deleteHubSpotGrants(run: StepRun): Promise<ActResult> {
  const client = await adminClient(run);
  const { grants } = await userGrants(client, run);
  const outcomes: string[] = [];
  for (const grant of grants.filter((g) => mayDelete(g.principal.identity))) {
    outcomes.push(`${grant.id}: ${await client.deletePermissionGrant(grant.id, run.signal ? { signal: run.signal } : {})}`);
  }
  const left = grants.filter((g) => !mayDelete(g.principal.identity)).map((g) => `${g.id}: app ${g.principal.appId} not confirmed as HubSpot's, kept`);
  const count = outcomes.filter((line) => line.endsWith(': deleted')).length;
  if (left.length > 0) return { outcome: 'unconfirmed', detail: [...outcomes, ...left].join('; '), note: { code: 'app-unconfirmed' } };
  return {
    outcome: count > 0 ? 'deleted' : 'already-gone',
    detail: [...outcomes, ...left].join('; ') || 'no HubSpot grant listed',
    note: outcomes.length ? { code: 'grants-deleted', data: { count } } : { code: 'grants-none' },
  };
}

export async function verifyHubSpotGrantsGone(run: StepRun): Promise<VerifyResult> {
  const { grants } = await userGrants(await adminClient(run), run);
  // As the admin's sync names it: that sync then keeps this record current (and sweeps it).
  const listing = { provider: 'microsoft365' as const, where: graphWhere(normalizeAddress(run.context.microsoftAdmin ?? '')) };
  const hubspot = grants.filter((g) => mayDelete(g.principal.identity));
  if (hubspot.length > 0) {
    return { state: 'present', by: 'api', detail: `HubSpot grant still listed (${hubspot.map((g) => g.id).join(', ')})`, note: { code: 'grants-present', data: { count: hubspot.length } }, listing };
  }
  if (grants.length > 0) {
    return { state: 'present', by: 'api', detail: `unconfirmed app's grant listed (${grants.map((g) => g.id).join(', ')})`, note: { code: 'app-unconfirmed' }, listing };
  }
  return { state: 'gone', by: 'api', detail: `no HubSpot grant listed for ${run.context.address}`, note: { code: 'grants-gone', data: { address: run.context.address } }, listing };
}
