import { browser } from 'wxt/browser';
import type { CredentialProvider } from '../store/records';
import type { InlineKeyStoreName, StoreName } from '../store/db-types';
import { storesClearedBy } from '../store/schema';
import { resolveDeps, type AuthDeps } from './deps';

export interface RemovedConnection {
  provider: CredentialProvider;
  account?: string;
  portalId?: number;
}

export interface LocalDataCleared {
  /** Stores emptied (every store but the audit log). */
  cleared: StoreName[];
  /** Records that were there, per store, where there were any (tokens are `connections`; meta, i.e. settings and sync state, is not counted). */
  removed: { store: string; count: number }[];
  /** Whose tokens were removed: provider and account or portal, never the token. */
  connections: RemovedConnection[];
}

/** Thrown when a token is still stored after clearing: the page must not say "cleared". */
export class TokensLeftError extends Error {
  override name = 'TokensLeftError';
}

/**
 * Clears everything local but the audit log: every token (HubSpot, Google and Microsoft admins),
 * the cache, plans, observations, settings and sync state — one transaction (clear policy
 * 'sign-out'). Then checks that no credential is left: a token renewal that was in flight may put
 * its credential back, so that one is removed again, and if any still remains it throws instead
 * of claiming success. Tokens are removed from this browser, not revoked at the provider.
 * storage.session is emptied too: the tabs' mailboxes, the user's presses on guided pages, an
 * Entra write token and any Microsoft sign-in attempt (a sign-in tab left open then cannot save
 * its tokens back). Idempotent: a second run finds nothing and says so. Audited every time,
 * without tokens.
 */
export async function clearLocalData(partial: Partial<AuthDeps> = {}): Promise<LocalDataCleared> {
  const { repo, now } = resolveDeps(partial);
  const counted = storesClearedBy('sign-out').filter((store): store is InlineKeyStoreName => store !== 'meta' && store !== 'credentials');
  const removed = (await Promise.all(counted.map(async (store) => ({ store, count: (await repo.getAll(store)).length })))).filter((entry) => entry.count > 0);
  const connections = (await repo.getAll('credentials')).map(({ provider, account, portalId }): RemovedConnection => ({
    provider,
    ...(account ? { account } : {}),
    ...(portalId !== undefined ? { portalId } : {}),
  }));

  const cleared = await repo.clearByPolicy('sign-out');
  await browser.storage.session.clear();
  const late = await repo.getAll('credentials');
  for (const credential of late) await repo.remove('credentials', credential.id);
  const left = (await repo.getAll('credentials')).length;

  const connectionNames = connections.map((c) => `${c.provider}${c.account ? `:${c.account}` : c.portalId !== undefined ? `:${c.portalId}` : ''}`);
  await repo.appendAudit({
    at: now().toISOString(),
    actor: 'user',
    action: 'clear-local-data',
    subject: 'local',
    result: left === 0 ? 'ok' : 'failed',
    detail: [
      removed.length > 0 ? `records: ${removed.map((entry) => `${entry.store} ${entry.count}`).join(', ')}` : 'records: none',
      `tokens removed: ${connectionNames.length > 0 ? connectionNames.join(', ') : 'none'}`,
      'browser session entries cleared',
      ...(late.length > 0 ? [`written back during the clear and removed again: ${late.length}`] : []),
      ...(left > 0 ? [`tokens still stored: ${left}`] : []),
    ].join('; '),
  });
  if (left > 0) throw new TokensLeftError(`${left} token(s) are still stored; clear again`);
  return { cleared, removed, connections };
}
