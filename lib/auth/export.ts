import type {} from '../sync/status';
import type {} from './hubspot-portal';
import type { InlineKeyStoreName } from '../store/db-types';
import type { MetaKey } from '../store/records';
import type { Repo } from '../store/repo';
import { DB_VERSION, STORE_NAMES } from '../store/schema';

/** Meta keys worth exporting: settings and what the data's age and status are. Leases and progress are not. */
const EXPORTED_META: readonly MetaKey[] = ['settings', 'lastSyncAt', 'syncStatus', 'hubspotPortal'];

/** Shorter stored "tokens" are not looked for: replacing every 3-letter match would shred the export. */
const MIN_SECRET_LENGTH = 8;

export const REDACTED = '[redacted]';

/**
 * Text shaped like a token even when it is not one we stored (a URL an observation recorded with
 * `#access_token=…`, a header copied into an error): OAuth parameters, bearer values, JWTs,
 * HubSpot private-app keys, Google access and refresh tokens.
 */
const TOKEN_PATTERNS: readonly [RegExp, string][] = [
  [/\b(access_token|refresh_token|id_token|client_secret|code|token)=[^&#\s"']+/gi, `$1=${REDACTED}`],
  [/\bBearer\s+[\w.~+/-]+=*/gi, `Bearer ${REDACTED}`],
  [/\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g, REDACTED],
  [/\bpat-[a-z]{2}\d-[0-9a-f-]{16,}/gi, REDACTED],
  [/\bya29\.[\w-]{8,}/g, REDACTED],
  [/\b1\/\/[\w-]{16,}/g, REDACTED],
];

export interface LocalDataExport {
  format: 'inboxlink-export';
  schemaVersion: number;
  exportedAt: string;
  stores: Record<string, unknown[]>;
  meta: Record<string, unknown>;
}

/** The export still held a stored token after redaction (e.g. as an object key): refuse rather than leak. */
export class ExportLeakError extends Error {
  override name = 'ExportLeakError';
}

/**
 * Everything cached locally, as JSON, WITHOUT credentials. Runs in the background only (the
 * `data/export` message): the page that downloads the file never loads a token. Three guards:
 * the credentials store is left out; any string containing a stored token or token-shaped text is
 * redacted, so a token copied into another record by mistake still never reaches a file; and the
 * finished document is searched once more for every stored token, keys included.
 */
export async function buildExport(repo: Repo, now = new Date()): Promise<LocalDataExport> {
  const secrets = await storedSecrets(repo);
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
  const raw: LocalDataExport = { format: 'inboxlink-export', schemaVersion: DB_VERSION, exportedAt: now.toISOString(), stores, meta };
  const document = redact(raw, secrets);
  const text = JSON.stringify(document);
  if ([...secrets].some((secret) => text.includes(secret))) throw new ExportLeakError('the export still holds a stored token; nothing was exported');
  return document;
}

/** Every stored token long enough to search for: what no export or report may contain. */
export async function storedSecrets(repo: Pick<Repo, 'getAll'>): Promise<Set<string>> {
  const values = (await repo.getAll('credentials')).flatMap((credential) => [credential.accessToken, credential.refreshToken ?? '']);
  return new Set(values.filter((value) => value.length >= MIN_SECRET_LENGTH));
}

function redact<T>(value: T, secrets: ReadonlySet<string>): T {
  return JSON.parse(JSON.stringify(value), (_key, field: unknown) => (typeof field === 'string' ? redactText(field, secrets) : field)) as T;
}

export function redactText(field: string, secrets: ReadonlySet<string> = new Set()): string {
  let text = field;
  for (const secret of secrets) if (text.includes(secret)) text = text.split(secret).join(REDACTED);
  for (const [pattern, replacement] of TOKEN_PATTERNS) text = text.replace(pattern, replacement);
  return text;
}
