import {
  AuthExpiredError, createHubSpotClient, MissingScopeError, NetworkError, UnauthorizedError, type AccountDetails, type HubSpotClient,
} from '../clients';
import { credentialId, type Credential } from '../store/records';
import { fetchOption, messageOf, resolveDeps, type AuthDeps } from './deps';
import { forgetHubSpotPortal, rememberHubSpotPortal } from './hubspot-portal';
import { probeScopes } from './hubspot-probe';
import { checkScopes } from './hubspot-scopes';

export type HubSpotConnectFailure = 'empty' | 'unrecognised' | 'expired' | 'missing-scopes' | 'not-allowed' | 'offline' | 'failed';

export type HubSpotConnectResult =
  | { ok: true; portalId: number; uiDomain?: string; user?: string; scopes: string[]; missingOptional: string[]; scopeSource: 'introspection' | 'probe' }
  | { ok: false; reason: HubSpotConnectFailure; missingScopes?: string[]; detail?: string };

/** A person waits at the form: one quick retry, not the sync's patient five. */
const FORM_RETRY = { maxAttempts: 2, maxDelayMs: 2_000 };

/**
 * Checks a HubSpot service key or private-app token and saves it only if it works for us:
 * 1. account details (one cheap call) proves the token and names the portal;
 * 2. one read per need proves its scopes (hubspot-probe.ts); the token is never put in a URL;
 * 3. a token that lacks a required scope is refused, naming the scopes: saving it would only make
 *    every sync fail the same way. A missing optional scope (teams) is saved and reported.
 * Connecting another portal first clears what was read from the previous one. Every attempt is
 * audited, without the token.
 */
export async function connectHubSpot(
  rawToken: string,
  partial: Partial<AuthDeps> & { accountAllowed?: (account: { portalId: number; uiDomain?: string }) => boolean } = {},
): Promise<HubSpotConnectResult> {
  const deps = resolveDeps(partial);
  const token = rawToken.trim();
  if (token === '') return { ok: false, reason: 'empty' };
  const client = createHubSpotClient({ getToken: () => token, retry: FORM_RETRY, ...fetchOption(deps) });
  let result: HubSpotConnectResult;
  try {
    result = await inspect(client);
  } catch (error) {
    result = failureOf(error);
  }
  // An organisation's policy may limit which HubSpot accounts (portals, region) can be connected.
  if (result.ok && partial.accountAllowed && !partial.accountAllowed(result)) result = { ok: false, reason: 'not-allowed' };
  if (result.ok) await save(token, result, deps);
  await deps.repo.appendAudit({
    actor: 'user',
    action: 'hubspot-connect',
    subject: result.ok ? `hubspot:${result.portalId}` : 'hubspot',
    result: result.ok ? 'ok' : 'refused',
    detail: result.ok ? `scopes: ${result.scopes.join(' ')}` : [result.reason, ...(result.missingScopes ?? [])].join(' '),
  });
  return result;
}

/**
 * The token only ever travels in the Authorization header: HubSpot's introspection takes it in
 * the URL path (`GET /oauth/v1/access-tokens/{token}`, where proxies and logs keep paths) and its
 * successor (`POST /oauth/2026-03/token/introspect`) needs the OAuth app's client secret, which a
 * pasted service key or private-app token has none of (hubspot.md §5). So account details name
 * the portal and one cheap read per need proves each scope (hubspot-probe.ts).
 */
async function inspect(client: HubSpotClient): Promise<HubSpotConnectResult> {
  let details: AccountDetails;
  try {
    details = await client.accountDetails();
  } catch (error) {
    // Without it the portal cannot be told, and a token of an unknown portal is not saved.
    if (error instanceof MissingScopeError) return { ok: false, reason: 'missing-scopes', missingScopes: ['oauth'] };
    throw error;
  }
  const scopes = await probeScopes(client);
  const { missingRequired, missingOptional } = checkScopes(scopes);
  if (missingRequired.length > 0) return { ok: false, reason: 'missing-scopes', missingScopes: missingRequired };
  return { ok: true, portalId: details.portalId, ...(details.uiDomain ? { uiDomain: details.uiDomain } : {}), scopes, missingOptional, scopeSource: 'probe' };
}

function failureOf(error: unknown): HubSpotConnectResult {
  if (error instanceof AuthExpiredError) return { ok: false, reason: 'expired' };
  if (error instanceof UnauthorizedError) return { ok: false, reason: 'unrecognised' };
  if (error instanceof NetworkError) return { ok: false, reason: 'offline' };
  return { ok: false, reason: 'failed', detail: messageOf(error) };
}

async function save(token: string, connection: Extract<HubSpotConnectResult, { ok: true }>, deps: AuthDeps & { now: () => Date }): Promise<void> {
  const previous = await deps.repo.get('credentials', credentialId('hubspot'));
  // Another portal's users and inboxes must never show under this one.
  if (previous && previous.portalId !== connection.portalId) await deps.repo.clearByPolicy('hubspot-disconnect');
  const credential: Credential = {
    id: credentialId('hubspot'),
    provider: 'hubspot',
    kind: 'static-token',
    accessToken: token,
    scopes: connection.scopes,
    portalId: connection.portalId,
    savedAt: deps.now().toISOString(),
  };
  await deps.repo.putMany('credentials', [credential]);
  await rememberHubSpotPortal(deps.repo, connection);
}

/** Removes the token and everything read with it, and the sync's state for it. Audited. */
export async function disconnectHubSpot(partial: Partial<AuthDeps> = {}): Promise<{ disconnected: boolean }> {
  const deps = resolveDeps(partial);
  const previous = await deps.repo.get('credentials', credentialId('hubspot'));
  const cleared = await deps.repo.clearByPolicy('hubspot-disconnect');
  await deps.repo.remove('credentials', credentialId('hubspot'));
  await forgetHubSpotPortal(deps.repo);
  await deps.repo.appendAudit({
    actor: 'user',
    action: 'hubspot-disconnect',
    subject: previous?.portalId === undefined ? 'hubspot' : `hubspot:${previous.portalId}`,
    result: 'ok',
    detail: `cleared: ${cleared.join(', ')}`,
  });
  return { disconnected: previous !== undefined };
}
