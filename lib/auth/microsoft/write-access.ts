import { browser } from 'wxt/browser';
import { credentialId } from '../../store/records';
import { resolveDeps, type AuthDeps } from '../deps';
import { graphCheckFailure, tokenBelongsTo } from './graph-me';
import { GRAPH_WRITE_KEY_PREFIX, MICROSOFT_WRITE_SCOPES } from './config';
import type { MicrosoftSession } from './session';

/**
 * The Graph token that may delete a permission grant, for the destructive step only (incremental
 * consent: the sign-in asked for read scopes). Kept in storage.session for its lifetime — never in
 * IndexedDB, never with a refresh token, gone with the browser session, sign-out and "clear local
 * data" — and only while the admin is signed in.
 */
const keyOf = (account: string) => `${GRAPH_WRITE_KEY_PREFIX}${account.toLowerCase()}`;
const WRITE_SCOPE_NAMES = MICROSOFT_WRITE_SCOPES.map((scope) => scope.slice(scope.lastIndexOf('/') + 1));

interface WriteAccess {
  accessToken: string;
  expiresAt: string;
}

export type WriteAccessResult =
  | { ok: true; account: string; expiresAt: string }
  | { ok: false; reason: 'not-signed-in' | 'missing-scope' | 'invalid-token' | 'wrong-account' | 'offline' | 'failed'; detail?: string };

const hasWriteScope = (scopes: readonly string[]) =>
  scopes.some((scope) => WRITE_SCOPE_NAMES.includes(scope.slice(scope.lastIndexOf('/') + 1)));

/** Keeps the sign-in page's write token after Graph /me proved it is the signed-in admin's. Audited. */
export async function saveGraphWriteAccess(session: MicrosoftSession, partial: Partial<AuthDeps> = {}): Promise<WriteAccessResult> {
  const deps = resolveDeps(partial);
  const account = session.account.toLowerCase();
  let result: WriteAccessResult;
  if (!(await deps.repo.get('credentials', credentialId('microsoft', account)))) result = { ok: false, reason: 'not-signed-in' };
  else if (!hasWriteScope(session.scopes)) result = { ok: false, reason: 'missing-scope' };
  else {
    try {
      if (!(await tokenBelongsTo(session, account, deps))) result = { ok: false, reason: 'wrong-account' };
      else if (!(await deps.repo.get('credentials', credentialId('microsoft', account)))) result = { ok: false, reason: 'not-signed-in' };
      else {
        const value: WriteAccess = { accessToken: session.accessToken, expiresAt: session.expiresAt };
        await browser.storage.session.set({ [keyOf(account)]: value });
        result = { ok: true, account, expiresAt: session.expiresAt };
      }
    } catch (error) {
      result = graphCheckFailure(error);
    }
  }
  await deps.repo.appendAudit({
    actor: 'user', action: 'microsoft-write-access', subject: credentialId('microsoft', account),
    result: result.ok ? 'ok' : 'refused', ...(result.ok ? {} : { detail: result.reason }),
  });
  return result;
}

/** The write token while it lasts (a minute's margin), else undefined: the step asks for consent again. */
export async function graphWriteToken(account: string, now: () => Date = () => new Date()): Promise<string | undefined> {
  const key = keyOf(account);
  const stored = (await browser.storage.session.get(key))[key] as Partial<WriteAccess> | undefined;
  if (typeof stored?.accessToken !== 'string' || typeof stored.expiresAt !== 'string') return undefined;
  return Date.parse(stored.expiresAt) - 60_000 > now().getTime() ? stored.accessToken : undefined;
}

/** Drops the admin's write token (sign-out); `undefined` drops every admin's (clear local data). */
export async function forgetGraphWriteAccess(account?: string): Promise<void> {
  if (account) {
    await browser.storage.session.remove(keyOf(account));
    return;
  }
  const all = await browser.storage.session.get(null);
  await browser.storage.session.remove(Object.keys(all).filter((key) => key.startsWith(GRAPH_WRITE_KEY_PREFIX)));
}
