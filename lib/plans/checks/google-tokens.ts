/**
 * HubSpot's grant on a Workspace address through the Admin SDK Directory tokens API
 * (providers.md §2): list the user's tokens, delete HubSpot's by client id, list again.
 * HubSpot's token is the one whose display text names HubSpot (its client id is unverified).
 */
import { normalizeAddress } from '../../model';
import { isHubSpotApp } from '../../pages/hubspot/app-names';
import type { PlanGoogleClient } from '../clients';
import { MissingCredentialError } from '../errors';
import type { ActResult, StepRun, VerifyResult } from '../types';

async function adminClient(run: StepRun): Promise<PlanGoogleClient> {
  const admin = run.context.googleAdmin;
  const client = admin === undefined ? undefined : await run.clients.google(admin);
  if (!client) throw new MissingCredentialError('google', admin);
  return client;
}

async function hubspotClientIds(client: PlanGoogleClient, run: StepRun): Promise<string[]> {
  const tokens = await client.listUserTokens(run.context.address, run.signal ? { signal: run.signal } : {});
  return [...new Set(tokens.filter((token) => isHubSpotApp(token.displayText)).map((token) => token.clientId))];
}

export async function deleteHubSpotTokens(run: StepRun): Promise<ActResult> {
  const client = await adminClient(run);
  const clientIds = await hubspotClientIds(client, run);
  const outcomes: string[] = [];
  for (const clientId of clientIds) {
    outcomes.push(`${clientId}: ${await client.deleteUserToken(run.context.address, clientId, run.signal ? { signal: run.signal } : {})}`);
  }
  const count = outcomes.filter((line) => line.endsWith(': deleted')).length;
  return {
    outcome: count > 0 ? 'deleted' : 'already-gone',
    detail: outcomes.length ? outcomes.join('; ') : 'no HubSpot token listed',
    note: outcomes.length ? { code: 'tokens-deleted', data: { count } } : { code: 'tokens-none' },
  };
}

/** The endpoint as the sync's google-tokens job names it, so both write the same evidence. */
const tokensWhere = (address: string): string => `admin.googleapis.com/admin/directory/v1/users/${normalizeAddress(address)}/tokens`;

export async function verifyHubSpotTokensGone(run: StepRun): Promise<VerifyResult> {
  const clientIds = await hubspotClientIds(await adminClient(run), run);
  const listing = { provider: 'google' as const, where: tokensWhere(run.context.address) };
  return clientIds.length === 0
    ? { state: 'gone', by: 'api', detail: `no HubSpot token listed for ${run.context.address}`, note: { code: 'tokens-gone', data: { address: run.context.address } }, listing }
    : { state: 'present', by: 'api', detail: `HubSpot token still listed (${clientIds.join(', ')})`, note: { code: 'tokens-present', data: { count: clientIds.length } }, listing };
}
