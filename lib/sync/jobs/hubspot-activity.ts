/**
 * `hubspot:audit-log`, `hubspot:logins`, `hubspot:security` → historyEvents, historySources.
 * HubSpot's account activity (hubspot.md §10): who changed a user and when, when a user last
 * logged in, security actions such as a deactivation. Each entry is kept for the user it is about
 * (by HubSpot user id, through the crmUsers store; entries about no known user are not kept).
 * Needs `account-info.security.read` (Enterprise): without it the source says so and the pass goes
 * on. Cursor: HubSpot's `after`; audit and security read on from the last pass.
 */
import { normalizeAddress, type HistoryEvent, type HistorySourceId } from '../../model';
import type { StoreDatabase } from '../../store/open';
import type { ApiPage } from '../clients';
import type { JobPage, SyncJob } from '../job';
import { historyRecords, pruneOldEvents, readFrom, sourceKey, unavailableOutcome, type HistoryItem } from './history-source';

export interface AuditLogRecord {
  id: string;
  occurredAt: string;
  category: string;
  subCategory?: string;
  action: string;
  targetObjectId?: string;
  actingUser: { userId: number; userEmail?: string };
}

export interface LoginRecord {
  id: string;
  loginAt: string;
  userId?: number;
  email?: string;
  loginSucceeded: boolean;
}

export interface SecurityRecord {
  id: string;
  createdAt: string;
  type: string;
  userId: number;
  actingUser?: string;
  objectId?: string;
}

/** The activity calls these jobs need (lib/clients/hubspot/activity.ts satisfies them). */
export interface HubSpotActivitySyncClient {
  listAuditLogs(query: { after?: string; limit?: number; occurredAfter?: string }): Promise<ApiPage<AuditLogRecord>>;
  listLogins(query: { after?: string; limit?: number }): Promise<ApiPage<LoginRecord>>;
  listSecurityActions(query: { after?: string; limit?: number; fromTimestamp?: number }): Promise<ApiPage<SecurityRecord>>;
}

interface Lookup {
  /** HubSpot user id → login address. */
  users: ReadonlyMap<string, string>;
  since?: string;
}

const ACCOUNT = 'hubspot';
const PAGE = 100;

async function lookupFor(db: StoreDatabase, source: HistorySourceId): Promise<Lookup> {
  const users = new Map((await db.getAll('crmUsers')).map((user) => [user.id, normalizeAddress(user.email)]));
  const since = await readFrom(db, sourceKey(source, ACCOUNT));
  return { users, ...(since ? { since } : {}) };
}

type Event = Omit<HistoryEvent, 'syncedAt'>;

async function read<T>(fetch: () => Promise<ApiPage<T>>, toEvent: (record: T) => Event | undefined): Promise<JobPage<HistoryItem>> {
  let page: ApiPage<T>;
  try {
    page = await fetch();
  } catch (error) {
    const outcome = unavailableOutcome(error);
    if (!outcome) throw error;
    return { results: [{ outcome }] };
  }
  const results: HistoryItem[] = page.results.flatMap((record) => {
    const event = toEvent(record);
    return event ? [{ event }] : [];
  });
  return page.nextAfter ? { results, nextAfter: page.nextAfter } : { results: [...results, { outcome: { state: 'ok' } }] };
}

function activityJob<T>(source: HistorySourceId, fetch: (client: HubSpotActivitySyncClient, after: string | undefined, lookup: Lookup) => Promise<ApiPage<T>>, toEvent: (record: T, lookup: Lookup) => Event | undefined): SyncJob<HubSpotActivitySyncClient, HistoryItem, Lookup> {
  return {
    name: `hubspot:${source.slice('hubspot-'.length)}`,
    provider: 'hubspot',
    resource: 'history',
    stores: ['historyEvents', 'historySources', 'crmUsers'],
    prepare: (db) => lookupFor(db, source),
    fetchPage: (client, cursor, lookup) => read(() => fetch(client, cursor, lookup), (record) => toEvent(record, lookup)),
    toRecords: (results, { syncedAt }) => historyRecords(results, source, ACCOUNT, syncedAt),
    sweeps: [],
    complete: (tx, { completedAt }) => pruneOldEvents(tx, source, completedAt),
  };
}

const WHERE = 'api.hubapi.com/account-info/v3/activity';

export const hubspotAuditLogJob = () =>
  activityJob<AuditLogRecord>(
    'hubspot-audit-log',
    (client, after, { since }) => client.listAuditLogs({ limit: PAGE, ...(after ? { after } : {}), ...(since ? { occurredAfter: since } : {}) }),
    (record, { users }) => {
      const address = record.targetObjectId ? users.get(record.targetObjectId) : undefined;
      if (!address) return undefined;
      const actor = record.actingUser.userEmail ? normalizeAddress(record.actingUser.userEmail) : users.get(String(record.actingUser.userId));
      return {
        id: `hubspot-audit-log:${record.id}`, source: 'hubspot-audit-log', address, at: new Date(record.occurredAt).toISOString(), kind: 'audit', result: 'info',
        ...(actor && actor !== address ? { actor } : {}),
        detail: { category: record.category, action: record.action, ...(record.subCategory ? { subCategory: record.subCategory } : {}) },
        where: `${WHERE}/audit-logs`,
      };
    },
  );

export const hubspotLoginsJob = () =>
  activityJob<LoginRecord>(
    'hubspot-logins',
    (client, after) => client.listLogins({ limit: PAGE, ...(after ? { after } : {}) }),
    (record, { users }) => {
      const address = record.email ? normalizeAddress(record.email) : record.userId === undefined ? undefined : users.get(String(record.userId));
      if (!address) return undefined;
      return {
        id: `hubspot-logins:${record.id}`, source: 'hubspot-logins', address, at: new Date(record.loginAt).toISOString(), kind: 'login',
        result: record.loginSucceeded ? 'success' : 'failure', where: `${WHERE}/login`,
      };
    },
  );

export const hubspotSecurityJob = () =>
  activityJob<SecurityRecord>(
    'hubspot-security',
    (client, after, { since }) => client.listSecurityActions({ limit: PAGE, ...(after ? { after } : {}), ...(since ? { fromTimestamp: Date.parse(since) } : {}) }),
    (record, { users }) => {
      // objectId: the user acted on (a deactivation's target); userId: who acted [inferred, hubspot.md §10].
      const address = (record.objectId ? users.get(record.objectId) : undefined) ?? users.get(String(record.userId));
      if (!address) return undefined;
      const actor = record.actingUser ? normalizeAddress(record.actingUser) : users.get(String(record.userId));
      return {
        id: `hubspot-security:${record.id}`, source: 'hubspot-security', address, at: new Date(record.createdAt).toISOString(), kind: 'security', result: 'info',
        ...(actor && actor !== address ? { actor } : {}),
        detail: { type: record.type },
        where: `${WHERE}/security`,
      };
    },
  );
