import { ADMIN_SECURITY_SCOPE, createGoogleClient, NetworkError } from '../clients';
import { credentialId, type Credential } from '../store/records';
import { fetchOption, messageOf, resolveDeps, type AuthDeps } from './deps';
import { identityConfig } from '../policy/identity';
import { readPolicy } from '../policy/read';

export type GoogleSaveResult =
  | { ok: true; account: string; expiresAt?: string; scopes: string[] }
  | { ok: false; reason: 'invalid-token' | 'wrong-client' | 'missing-scope' | 'no-email' | 'offline' | 'failed'; detail?: string };

type GoogleCheck = { ok: true; credential: Credential & { account: string; expiresAt: string } } | Extract<GoogleSaveResult, { ok: false }>;

/**
 * Checks a token the page (or a silent renewal) got with tokeninfo: issued to our client id (no
 * token substitution), with the admin scope and an address. Gives the credential to store.
 */
async function checkGoogleToken(accessToken: string, deps: AuthDeps & { now: () => Date }): Promise<GoogleCheck> {
  const client = createGoogleClient({ getToken: () => accessToken, retry: { maxAttempts: 2, maxDelayMs: 2_000 }, ...fetchOption(deps) });
  try {
    const info = await client.tokenInfo(accessToken);
    if (!info) return { ok: false, reason: 'invalid-token' };
    // A token issued to another app must not pass for ours (token substitution).
    if (info.clientId !== identityConfig((await readPolicy()).policy).googleClientId) return { ok: false, reason: 'wrong-client' };
    if (!info.scopes.includes(ADMIN_SECURITY_SCOPE)) return { ok: false, reason: 'missing-scope' };
    if (!info.email) return { ok: false, reason: 'no-email' };
    const expiresAt = info.expiresAt ?? new Date(deps.now().getTime() + info.expiresInSeconds * 1000).toISOString();
    const account = info.email.toLowerCase();
    return {
      ok: true,
      credential: { id: credentialId('google', account), provider: 'google', kind: 'oauth', accessToken, expiresAt, scopes: info.scopes, account, savedAt: deps.now().toISOString() },
    };
  } catch (error) {
    return error instanceof NetworkError ? { ok: false, reason: 'offline' } : { ok: false, reason: 'failed', detail: messageOf(error) };
  }
}

const resultOf = (check: GoogleCheck): GoogleSaveResult =>
  check.ok ? { ok: true, account: check.credential.account, expiresAt: check.credential.expiresAt, scopes: check.credential.scopes } : check;

async function auditGoogle(deps: AuthDeps, action: string, result: { ok: true; account: string } | { ok: false; reason: string }): Promise<void> {
  await deps.repo.appendAudit({
    actor: 'user', action, subject: result.ok ? `google:${result.account}` : 'google',
    result: result.ok ? 'ok' : 'refused', ...(result.ok ? {} : { detail: result.reason }),
  });
}

/**
 * The background side of the Google admin sign-in: checks the token the page got with tokeninfo
 * (ours, the admin scope, an address) and stores it as `google:<address>`. Audited, without the
 * token.
 */
export async function saveGoogleSignIn(accessToken: string, partial: Partial<AuthDeps> = {}): Promise<GoogleSaveResult> {
  const deps = resolveDeps(partial);
  const check = await checkGoogleToken(accessToken, deps);
  if (check.ok) await deps.repo.putMany('credentials', [check.credential]);
  const result = resultOf(check);
  await auditGoogle(deps, 'google-sign-in', result);
  return result;
}

export type GoogleRenewSaveResult = GoogleSaveResult | { ok: false; reason: 'not-signed-in' | 'wrong-account' };

/**
 * Stores a silently renewed token for `account`, checked like a sign-in, but only while that
 * account's credential is still stored — checked in the write's own transaction, so a "Clear
 * local data" or sign-out during the renewal is not undone by it. Another account answering the
 * hint stores nothing (a renewal never signs anyone in). Audited, without the token.
 */
export async function saveGoogleRenewal(account: string, accessToken: string, partial: Partial<AuthDeps> = {}): Promise<GoogleRenewSaveResult> {
  const deps = resolveDeps(partial);
  const expected = account.toLowerCase();
  const check = await checkGoogleToken(accessToken, deps);
  let result: GoogleRenewSaveResult = resultOf(check);
  if (check.ok && check.credential.account !== expected) result = { ok: false, reason: 'wrong-account' };
  else if (check.ok) {
    const stored = await deps.repo.updateIfPresent('credentials', credentialId('google', expected), (current) =>
      current.account === expected ? { ...current, ...check.credential } : undefined);
    if (!stored) result = { ok: false, reason: 'not-signed-in' };
  }
  await auditGoogle(deps, 'google-renew', result);
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
