/**
 * What the history jobs (token audit, sign-ins, HubSpot account activity) share: a page item is an
 * event or the source's outcome; the outcome becomes the source's status record (readable, or the
 * scope, role or licence it lacks), written in the page's transaction. A source the admin may not
 * read is a steady state, not a sync failure: the job ends normally and the timeline says what is
 * missing. Transient failures (offline, 429, 5xx, an expired sign-in) are thrown as in any job.
 */
import type { HistoryEvent, HistorySourceId, HistorySourceStatus } from '../../model';
import type { StoreDatabase } from '../../store/open';
import { errorKind, missingScopesOf } from '../errors';
import type { JobTransaction, PageRecords } from '../job';

/** What one read of a source learnt: the part of its status record the job fills. */
export type SourceOutcome = Pick<HistorySourceStatus, 'state' | 'scopes' | 'role' | 'licence' | 'errorCode' | 'correlationId'>;

export type HistoryItem = { event: Omit<HistoryEvent, 'syncedAt'> } | { outcome: SourceOutcome };

/** Overlap when reading on from the last pass: a late-logged event is still seen (ids dedupe). */
export const REREAD_OVERLAP_MS = 24 * 3_600_000;
/** How long Inboxlink keeps what it read (Google's own window; Microsoft keeps 30 days). */
export const KEEP_EVENTS_DAYS = 180;

export const sourceKey = (source: HistorySourceId, account: string): string => `${source}:${account}`;

/**
 * Where the next read starts: the last read minus the overlap; undefined before the first read,
 * which asks for everything the provider keeps (judged by the provider's clock, not ours).
 */
export async function readFrom(db: StoreDatabase, key: string): Promise<string | undefined> {
  const saved = await db.get('historySources', key);
  return saved?.readUntil ? new Date(Date.parse(saved.readUntil) - REREAD_OVERLAP_MS).toISOString() : undefined;
}

/** Graph's and Google's 403 codes that mean a role or a licence is missing (providers.md §11, §12). */
const ROLE_CODES: Readonly<Record<string, string>> = {
  'reports-privilege': 'google-reports',
  Authentication_RequestFromUnsupportedUserRole: 'entra-reports-reader',
  Authorization_RequestDenied: 'entra-reports-reader',
  forbidden: 'google-reports',
};
const LICENCE_CODES: Readonly<Record<string, string>> = {
  Authentication_RequestFromNonPremiumTenantOrB2CTenant: 'entra-id-p1',
};

/** The outcome for an error that says the source is not readable by this sign-in, else undefined. */
export function unavailableOutcome(error: unknown): SourceOutcome | undefined {
  const kind = errorKind(error);
  const fields = (error ?? {}) as { code?: unknown; correlationId?: unknown };
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  const trace = {
    ...(code ? { errorCode: code } : {}),
    ...(typeof fields.correlationId === 'string' ? { correlationId: fields.correlationId } : {}),
  };
  if (kind === 'missing-scope') return { state: 'needs-scope', scopes: missingScopesOf(error), ...trace };
  if (kind !== 'forbidden') return undefined;
  if (code && LICENCE_CODES[code]) return { state: 'needs-licence', licence: LICENCE_CODES[code], ...trace };
  return { state: 'needs-role', role: (code && ROLE_CODES[code]) || 'admin', ...trace };
}

/** A page's items as records: the events, and the source's status when the page carries an outcome. */
export function historyRecords(items: readonly HistoryItem[], source: HistorySourceId, account: string, syncedAt: string, clients?: readonly string[]): PageRecords {
  const historyEvents: HistoryEvent[] = [];
  const historySources: HistorySourceStatus[] = [];
  for (const item of items) {
    if ('event' in item) historyEvents.push({ ...item.event, syncedAt });
    else {
      historySources.push({
        key: sourceKey(source, account),
        source,
        account,
        ...item.outcome,
        ...(clients?.length ? { clients: [...clients] } : {}),
        checkedAt: syncedAt,
        ...(item.outcome.state === 'ok' ? { readUntil: syncedAt } : {}),
      });
    }
  }
  return { historyEvents, historySources };
}

/** Drops this source's events older than Inboxlink keeps, in the pass's completing transaction. */
export async function pruneOldEvents(tx: JobTransaction, source: HistorySourceId, completedAt: string): Promise<void> {
  const before = new Date(Date.parse(completedAt) - KEEP_EVENTS_DAYS * 86_400_000).toISOString();
  let cursor = await tx.objectStore('historyEvents').index('at').openCursor(IDBKeyRange.upperBound(before, true));
  while (cursor) {
    if (cursor.value.source === source) await cursor.delete();
    cursor = await cursor.continue();
  }
}

/**
 * HubSpot's client ids (Google) / app ids (Entra) as the grants store knows them — the grant
 * records are HubSpot's — plus the ones an earlier read of this source used (a revoked grant loses
 * its id, its events keep it). Never matched by display name.
 */
export async function knownHubSpotClients(db: StoreDatabase, provider: 'google' | 'microsoft365', key: string): Promise<string[]> {
  const [grants, saved] = await Promise.all([db.getAllFromIndex('grants', 'provider', provider), db.get('historySources', key)]);
  const ids = [...grants.map((grant) => grant.clientId), ...(saved?.clients ?? [])];
  return [...new Set(ids.filter((id): id is string => Boolean(id)))].sort();
}
