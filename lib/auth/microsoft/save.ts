import { credentialId, type Credential } from '../../store/records';
import { resolveDeps, type AuthDeps } from '../deps';
import { graphCheckFailure, tokenBelongsTo } from './graph-me';
import { forgetMicrosoftSignIns } from './attempts';
import type { MicrosoftSession } from './session';
import { forgetGraphWriteAccess } from './write-access';

export type MicrosoftSaveResult =
  | { ok: true; account: string; expiresAt: string }
  | { ok: false; reason: 'invalid-token' | 'wrong-account' | 'not-signed-in' | 'offline' | 'failed'; detail?: string };

/**
 * Stores the admin's Graph token (and refresh token) as `microsoft:<address>`, after Graph's /me
 * confirmed the token works and belongs to that address. Called by the background for the
 * sign-in page (the page runs MSAL; the background keeps the tokens). Audited without tokens.
 * With `onlyIfSignedIn` (a renewal from a page no sign-in attempt opened) it replaces a stored
 * credential and never creates one: a signed-out admin stays signed out.
 */
export async function saveMicrosoftSession(session: MicrosoftSession, partial: Partial<AuthDeps> = {}, action = 'microsoft-sign-in', onlyIfSignedIn = false): Promise<MicrosoftSaveResult> {
  const deps = resolveDeps(partial);
  const account = session.account.toLowerCase();
  let result: MicrosoftSaveResult;
  try {
    const belongs = await tokenBelongsTo(session, account, deps);
    const fresh = credentialOf({ ...session, account }, deps.now());
    if (!belongs) result = { ok: false, reason: 'wrong-account' };
    else if (onlyIfSignedIn) {
      const replaced = await deps.repo.updateIfPresent('credentials', fresh.id, (stored) => ({ ...fresh, refreshToken: fresh.refreshToken ?? stored.refreshToken }));
      result = replaced ? { ok: true, account, expiresAt: session.expiresAt } : { ok: false, reason: 'not-signed-in' };
    } else {
      await deps.repo.putMany('credentials', [fresh]);
      result = { ok: true, account, expiresAt: session.expiresAt };
    }
  } catch (error) {
    result = graphCheckFailure(error);
  }
  await deps.repo.appendAudit({
    actor: 'user', action, subject: result.ok ? credentialId('microsoft', account) : 'microsoft',
    result: result.ok ? 'ok' : 'refused', ...(result.ok ? {} : { detail: result.reason }),
  });
  return result;
}

export function credentialOf(session: Omit<MicrosoftSession, 'attempt'>, now: Date): Credential {
  return {
    id: credentialId('microsoft', session.account),
    provider: 'microsoft',
    kind: 'oauth',
    accessToken: session.accessToken,
    ...(session.refreshToken ? { refreshToken: session.refreshToken } : {}),
    expiresAt: session.expiresAt,
    scopes: session.scopes,
    account: session.account,
    savedAt: now.toISOString(),
  };
}

/**
 * Removes the admin's tokens. Entra has no endpoint to revoke one refresh token from a public
 * client (revokeSignInSessions would end every session of the admin), so the tokens are dropped
 * here; the refresh token of a single-page app expires within 24 hours by itself.
 */
export async function signOutMicrosoft(account: string, partial: Partial<AuthDeps> = {}): Promise<{ signedOut: boolean }> {
  const deps = resolveDeps(partial);
  const id = credentialId('microsoft', account.toLowerCase());
  const existed = (await deps.repo.get('credentials', id)) !== undefined;
  await deps.repo.remove('credentials', id);
  // Its write token, and any sign-in page still open, go too (they could save it back).
  await forgetGraphWriteAccess(account);
  await forgetMicrosoftSignIns();
  if (existed) await deps.repo.appendAudit({ actor: 'user', action: 'microsoft-sign-out', subject: id, result: 'ok' });
  return { signedOut: existed };
}
