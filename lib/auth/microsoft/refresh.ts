import * as v from 'valibot';
import { credentialId, type Credential } from '../../store/records';
import { resolveDeps, type AuthDeps } from '../deps';
import { identityConfig } from '../../policy/identity';
import { readPolicy } from '../../policy/read';
import { MICROSOFT_REFRESH_SCOPES } from './config';

/**
 * Renewal without MSAL, for the service worker (where MSAL refuses to run, providers.md §9): the
 * OAuth refresh_token grant at the v2.0 token endpoint with the refresh token the sign-in page
 * stored. Entra rotates refresh tokens, so the new one replaces the old at once; a single-page
 * app's refresh token lives 24 hours, after which the admin signs in again (`sign-in-again`).
 */
const TokenAnswer = v.object({
  access_token: v.string(),
  refresh_token: v.optional(v.string()),
  expires_in: v.union([v.number(), v.pipe(v.string(), v.transform(Number))]),
  scope: v.optional(v.string()),
});
const ErrorAnswer = v.object({ error: v.string() });

export type MicrosoftRenewResult =
  | { ok: true; account: string; expiresAt: string }
  | { ok: false; reason: 'not-signed-in' | 'sign-in-again' | 'offline' | 'failed'; detail?: string };

/** Renews now, whatever the expiry; 'not-signed-in' also when the credential went during the request. */
export async function renewMicrosoftToken(account: string, partial: Partial<AuthDeps> = {}): Promise<MicrosoftRenewResult> {
  const deps = resolveDeps(partial);
  const id = credentialId('microsoft', account.toLowerCase());
  const credential = await deps.repo.get('credentials', id);
  if (!credential) return { ok: false, reason: 'not-signed-in' };
  if (!credential.refreshToken) return { ok: false, reason: 'sign-in-again' };
  let answer: Response;
  try {
    // The organisation's own Entra app and tenant when its policy names them.
    const identity = identityConfig((await readPolicy()).policy);
    answer = await (deps.fetch ?? fetch)(identity.microsoftTokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: identity.microsoftClientId, grant_type: 'refresh_token', refresh_token: credential.refreshToken, scope: MICROSOFT_REFRESH_SCOPES.join(' '),
      }),
    });
  } catch {
    return { ok: false, reason: 'offline' };
  }
  const body: unknown = await answer.json().catch(() => undefined);
  const tokens = v.safeParse(TokenAnswer, body);
  if (!answer.ok || !tokens.success) {
    const error = v.safeParse(ErrorAnswer, body);
    // invalid_grant: expired, revoked or already spent (rotated) — only a new sign-in helps.
    if (error.success && error.output.error === 'invalid_grant') return { ok: false, reason: 'sign-in-again' };
    return { ok: false, reason: 'failed', detail: error.success ? error.output.error : `HTTP ${answer.status}` };
  }
  // Stored only while the admin is still signed in, checked in the write's own transaction: a
  // "Clear local data" or sign-out during the request must not get the token back.
  const renewed = await deps.repo.updateIfPresent('credentials', id, (stored): Credential | undefined =>
    stored.account === credential.account
      ? {
          ...stored,
          accessToken: tokens.output.access_token,
          refreshToken: tokens.output.refresh_token ?? stored.refreshToken,
          expiresAt: new Date(deps.now().getTime() + tokens.output.expires_in * 1000).toISOString(),
          ...(tokens.output.scope ? { scopes: tokens.output.scope.split(' ').filter(Boolean) } : {}),
          savedAt: deps.now().toISOString(),
        }
      : undefined);
  if (!renewed) return { ok: false, reason: 'not-signed-in' };
  return { ok: true, account: credential.account ?? account, expiresAt: renewed.expiresAt ?? '' };
}

/**
 * The access token for Graph, renewed first when it expires within `marginMs`. For the sync's
 * token reader: `getToken: () => freshMicrosoftAccessToken(account)`.
 */
export async function freshMicrosoftAccessToken(account: string, partial: Partial<AuthDeps> = {}, marginMs = 5 * 60_000): Promise<string> {
  const deps = resolveDeps(partial);
  const credential = await deps.repo.get('credentials', credentialId('microsoft', account.toLowerCase()));
  if (!credential) throw new Error(`not signed in to Microsoft as ${account}`);
  const expiresAt = Date.parse(credential.expiresAt ?? '');
  if (Number.isFinite(expiresAt) && expiresAt - marginMs > deps.now().getTime()) return credential.accessToken;
  const renewed = await renewMicrosoftToken(account, deps);
  if (!renewed.ok) throw new Error(`Microsoft token renewal failed: ${renewed.reason}${renewed.detail ? ` (${renewed.detail})` : ''}`);
  return (await deps.repo.get('credentials', credentialId('microsoft', account.toLowerCase())))?.accessToken ?? credential.accessToken;
}
