/**
 * HubSpot's grant on a Workspace address through the Admin SDK Directory tokens API
 * (providers.md §2): list the user's tokens, delete HubSpot's by client id, list again. Which
 * tokens are HubSpot's is the identity rule's (lib/hubspot-apps/identity.ts): a token only named
 * like HubSpot's app ("HubSpot Helper", "Sync to HubSpot") is never touched, and a candidate is
 * deleted only once the admin confirmed it for the domain (in the confirm dialog).
 */
import { readConfirmedApps } from '../../hubspot-apps/confirmed';
import { googleDirectory, googleVerdict, isHubSpotIdentity, mayDelete } from '../../hubspot-apps/identity';
import { normalizeAddress } from '../../model';
import type { PlanGoogleClient } from '../clients';
import { MissingCredentialError } from '../errors';
import type { ActResult, StepRun, VerifyResult } from '../types';
import type { HubSpotAppListing, ListedHubSpotApp } from './hubspot-app-list';

async function adminClient(run: StepRun): Promise<PlanGoogleClient> {
  const admin = run.context.googleAdmin;
  const client = admin === undefined ? undefined : await run.clients.google(admin);
  if (!client) throw new MissingCredentialError('google', admin);
  return client;
}

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/** The address's tokens the identity rule takes as (possibly) HubSpot's, one per client id. */
async function listTokens(client: PlanGoogleClient, run: StepRun): Promise<HubSpotAppListing> {
  const domain = domainOf(normalizeAddress(run.context.address));
  const confirmed = await readConfirmedApps(run.access);
  const tokens = await client.listUserTokens(run.context.address, run.signal ? { signal: run.signal } : {});
  const apps = new Map<string, ListedHubSpotApp>();
  for (const token of tokens) {
    const identity = googleVerdict(token, domain, confirmed);
    if (!isHubSpotIdentity(identity)) continue;
    const seen = apps.get(token.clientId);
    apps.set(token.clientId, { id: token.clientId, name: token.displayText, scopes: [...new Set([...(seen?.scopes ?? []), ...token.scopes])], identity });
  }
  return { directory: googleDirectory(domain), apps: [...apps.values()] };
}

/** For the confirm dialog: what the step would remove, and what needs the admin's confirmation. */
export async function hubspotTokenApps(run: StepRun): Promise<HubSpotAppListing> {
  return listTokens(await adminClient(run), run);
}

export async function deleteHubSpotTokens(run: StepRun): Promise<ActResult> {
  const client = await adminClient(run);
  const { apps } = await listTokens(client, run);
  const outcomes: string[] = [];
  for (const app of apps.filter((a) => mayDelete(a.identity))) {
    outcomes.push(`${app.id}: ${await client.deleteUserToken(run.context.address, app.id, run.signal ? { signal: run.signal } : {})}`);
  }
  const left = apps.filter((a) => !mayDelete(a.identity)).map((a) => `${a.id}: not confirmed as HubSpot's, kept`);
  const count = outcomes.filter((line) => line.endsWith(': deleted')).length;
  if (left.length > 0) return { outcome: 'unconfirmed', detail: [...outcomes, ...left].join('; '), note: { code: 'app-unconfirmed' } };
  return {
    outcome: count > 0 ? 'deleted' : 'already-gone',
    detail: [...outcomes, ...left].join('; ') || 'no HubSpot token listed',
    note: outcomes.length ? { code: 'tokens-deleted', data: { count } } : { code: 'tokens-none' },
  };
}

/** The endpoint as the sync's google-tokens job names it, so both write the same evidence. */
const tokensWhere = (address: string): string => `admin.googleapis.com/admin/directory/v1/users/${normalizeAddress(address)}/tokens`;

export async function verifyHubSpotTokensGone(run: StepRun): Promise<VerifyResult> {
  const { apps } = await listTokens(await adminClient(run), run);
  const listing = { provider: 'google' as const, where: tokensWhere(run.context.address) };
  const hubspot = apps.filter((a) => mayDelete(a.identity));
  if (hubspot.length > 0) {
    return { state: 'present', by: 'api', detail: `HubSpot token still listed (${hubspot.map((a) => a.id).join(', ')})`, note: { code: 'tokens-present', data: { count: hubspot.length } }, listing };
  }
  // An app that may be HubSpot's and was not confirmed is not "gone": the admin decides first.
  if (apps.length > 0) {
    return { state: 'present', by: 'api', detail: `unconfirmed app listed (${apps.map((a) => a.id).join(', ')})`, note: { code: 'app-unconfirmed' }, listing };
  }
  return { state: 'gone', by: 'api', detail: `no HubSpot token listed for ${run.context.address}`, note: { code: 'tokens-gone', data: { address: run.context.address } }, listing };
}
