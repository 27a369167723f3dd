import { AuthExpiredError, createGraphClient, NetworkError, UnauthorizedError } from '../../clients';
import { fetchOption, messageOf, type AuthDeps } from '../deps';
import type { MicrosoftSession } from './session';

/**
 * Whether Graph's /me says the session's token belongs to `account` (its user principal name or
 * mail, case-insensitive): a token is kept only for the admin it was issued to.
 */
export async function tokenBelongsTo(session: MicrosoftSession, account: string, deps: AuthDeps): Promise<boolean> {
  const me = await createGraphClient({ getToken: () => session.accessToken, retry: { maxAttempts: 2, maxDelayMs: 2_000 }, ...fetchOption(deps) }).me();
  const names = [me.userPrincipalName, me.mail].filter((name): name is string => Boolean(name)).map((name) => name.toLowerCase());
  return names.includes(account);
}

export type GraphCheckFailure = { ok: false; reason: 'invalid-token' | 'offline' | 'failed'; detail?: string };

/** A failed /me check in the words the sign-in results use. */
export function graphCheckFailure(error: unknown): GraphCheckFailure {
  if (error instanceof UnauthorizedError || error instanceof AuthExpiredError) return { ok: false, reason: 'invalid-token' };
  if (error instanceof NetworkError) return { ok: false, reason: 'offline' };
  return { ok: false, reason: 'failed', detail: messageOf(error) };
}
