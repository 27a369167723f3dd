/**
 * HubSpot's delegated permission grant for one user through Microsoft Graph (providers.md §6,
 * §7): HubSpot's service principal(s) by display name, the user's oauth2PermissionGrants by UPN,
 * delete the Principal grants whose client is HubSpot, list again. Tenant-wide (AllPrincipals)
 * consent is not per user and is left alone: removing it would cut every user off.
 */
import { normalizeAddress } from '../../model';
import { graphWhere, HUBSPOT_PRINCIPAL_NAMES } from '../../sync/jobs/microsoft-grants';
import type { PlanGraphClient } from '../clients';
import { MissingCredentialError } from '../errors';
import type { ActResult, StepRun, VerifyResult } from '../types';

async function adminClient(run: StepRun): Promise<PlanGraphClient> {
  const admin = run.context.microsoftAdmin;
  const client = admin === undefined ? undefined : await run.clients.graph(admin);
  if (!client) throw new MissingCredentialError('microsoft', admin);
  return client;
}

async function hubspotGrantIds(client: PlanGraphClient, run: StepRun): Promise<string[]> {
  const call = run.signal ? { signal: run.signal } : {};
  const principals = new Set<string>();
  for (const displayName of HUBSPOT_PRINCIPAL_NAMES) {
    for (const principal of await client.findServicePrincipal({ displayName }, call)) principals.add(principal.id);
  }
  if (principals.size === 0) return [];
  const grants = await client.userPermissionGrants(run.context.address, call);
  return grants.filter((grant) => grant.consentType === 'Principal' && principals.has(grant.clientId)).map((grant) => grant.id);
}

export async function deleteHubSpotGrants(run: StepRun): Promise<ActResult> {
  const client = await adminClient(run);
  const outcomes: string[] = [];
  for (const id of await hubspotGrantIds(client, run)) {
    outcomes.push(`${id}: ${await client.deletePermissionGrant(id, run.signal ? { signal: run.signal } : {})}`);
  }
  const count = outcomes.filter((line) => line.endsWith(': deleted')).length;
  return {
    outcome: count > 0 ? 'deleted' : 'already-gone',
    detail: outcomes.length ? outcomes.join('; ') : 'no HubSpot grant listed',
    note: outcomes.length ? { code: 'grants-deleted', data: { count } } : { code: 'grants-none' },
  };
}

export async function verifyHubSpotGrantsGone(run: StepRun): Promise<VerifyResult> {
  const ids = await hubspotGrantIds(await adminClient(run), run);
  // As the admin's sync names it: that sync then keeps this record current (and sweeps it).
  const listing = { provider: 'microsoft365' as const, where: graphWhere(normalizeAddress(run.context.microsoftAdmin ?? '')) };
  return ids.length === 0
    ? { state: 'gone', by: 'api', detail: `no HubSpot grant listed for ${run.context.address}`, note: { code: 'grants-gone', data: { address: run.context.address } }, listing }
    : { state: 'present', by: 'api', detail: `HubSpot grant still listed (${ids.join(', ')})`, note: { code: 'grants-present', data: { count: ids.length } }, listing };
}
