import { ADMIN_SECURITY_SCOPE, createGoogleClient, NetworkError } from '../clients';
import { credentialId, type Credential } from '../store/records';
import { fetchOption, messageOf, resolveDeps, type AuthDeps } from './deps';
import { GOOGLE_CLIENT_ID } from './google-config';

export type GoogleSaveResult =
  | { ok: true; account: string; expiresAt?: string; scopes: string[] }
  | { ok: false; reason: 'invalid-token' | 'wrong-client' | 'missing-scope' | 'no-email' | 'offline' | 'failed'; detail?: string };

/**
 * The background side of the Google admin sign-in: checks the token the page got with tokeninfo
 * (ours, the admin scope, an address) and stores it as `google:<address>`. Audited, without the
 * token.
 */
export async function saveGoogleSignIn(accessToken: string, partial: Partial<AuthDeps> = {}): Promise<GoogleSaveResult> {
  const deps = resolveDeps(partial);
  const client = createGoogleClient({ getToken: () => accessToken, retry: { maxAttempts: 2, maxDelayMs: 2_000 }, ...fetchOption(deps) });
  let result: GoogleSaveResult;
  try {
    const info = await client.tokenInfo(accessToken);
    if (!info) result = { ok: false, reason: 'invalid-token' };
    // A token issued to another app must not pass for ours (token substitution).
    else if (info.clientId !== GOOGLE_CLIENT_ID) result = { ok: false, reason: 'wrong-client' };
    else if (!info.scopes.includes(ADMIN_SECURITY_SCOPE)) result = { ok: false, reason: 'missing-scope' };
    else if (!info.email) result = { ok: false, reason: 'no-email' };
    else {
      const expiresAt = info.expiresAt ?? new Date(deps.now().getTime() + info.expiresInSeconds * 1000).toISOString();
      const account = info.email.toLowerCase();
      const credential: Credential = {
        id: credentialId('google', account), provider: 'google', kind: 'oauth', accessToken, expiresAt, scopes: info.scopes, account, savedAt: deps.now().toISOString(),
      };
      await deps.repo.putMany('credentials', [credential]);
      result = { ok: true, account, expiresAt, scopes: info.scopes };
    }
  } catch (error) {
    result = error instanceof NetworkError ? { ok: false, reason: 'offline' } : { ok: false, reason: 'failed', detail: messageOf(error) };
  }
  await deps.repo.appendAudit({
    actor: 'user', action: 'google-sign-in', subject: result.ok ? `google:${result.account}` : 'google',
    result: result.ok ? 'ok' : 'refused', ...(result.ok ? {} : { detail: result.reason }),
  });
  return result;
}

/**
 * Revokes our token at Google (so it is dead even if a copy exists) and removes it. Offline, the
 * token is still removed here and the audit says the revocation did not happen; it expires
 * within the hour anyway.
 */
export async function signOutGoogle(account: string, partial: Partial<AuthDeps> = {}): Promise<{ signedOut: boolean; revoked: boolean }> {
  const deps = resolveDeps(partial);
  const id = credentialId('google', account.toLowerCase());
  const credential = await deps.repo.get('credentials', id);
  if (!credential) return { signedOut: false, revoked: false };
  let revoked = false;
  let detail: string | undefined;
  try {
    const client = createGoogleClient({ getToken: () => credential.accessToken, retry: { maxAttempts: 2, maxDelayMs: 2_000 }, ...fetchOption(deps) });
    await client.revokeToken(credential.accessToken);
    revoked = true;
  } catch (error) {
    detail = `not revoked: ${messageOf(error)}`;
  }
  await deps.repo.remove('credentials', id);
  await deps.repo.appendAudit({ actor: 'user', action: 'google-sign-out', subject: id, result: 'ok', ...(detail ? { detail } : {}) });
  return { signedOut: true, revoked };
}
