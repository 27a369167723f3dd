import type {} from '../sync/status';
import type {} from './hubspot-portal';
import type { InlineKeyStoreName } from '../store/db-types';
import type { MetaKey } from '../store/records';
import type { Repo } from '../store/repo';
import { DB_VERSION, STORE_NAMES } from '../store/schema';

/** Meta keys worth exporting: settings and what the data's age and status are. Leases and progress are not. */
const EXPORTED_META: readonly MetaKey[] = ['settings', 'lastSyncAt', 'syncStatus', 'hubspotPortal'];

export interface LocalDataExport {
  format: 'inboxlink-export';
  schemaVersion: number;
  exportedAt: string;
  stores: Record<string, unknown[]>;
  meta: Record<string, unknown>;
}

/**
 * Everything cached locally, as JSON, WITHOUT credentials: the credentials store is left out, and
 * as a second guard any string equal to a stored token is replaced, so a token copied into
 * another record by mistake still never reaches a file.
 */
export async function buildExport(repo: Repo, now = new Date()): Promise<LocalDataExport> {
  const secrets = new Set((await repo.getAll('credentials')).flatMap((c) => [c.accessToken, c.refreshToken ?? '']).filter((s) => s.length >= 8));
  const stores: Record<string, unknown[]> = {};
  for (const name of STORE_NAMES) {
    if (name === 'credentials' || name === 'meta') continue;
    stores[name] = await repo.getAll(name as InlineKeyStoreName);
  }
  const meta: Record<string, unknown> = {};
  for (const key of EXPORTED_META) {
    const value = await repo.getMeta(key);
    if (value !== undefined) meta[key] = value;
  }
  return redact({ format: 'inboxlink-export', schemaVersion: DB_VERSION, exportedAt: now.toISOString(), stores, meta }, secrets);
}

function redact<T>(value: T, secrets: ReadonlySet<string>): T {
  if (secrets.size === 0) return value;
  return JSON.parse(JSON.stringify(value), (_key, field: unknown) => {
    if (typeof field !== 'string') return field;
    let text = field;
    for (const secret of secrets) if (text.includes(secret)) text = text.split(secret).join('[redacted]');
    return text;
  }) as T;
}
