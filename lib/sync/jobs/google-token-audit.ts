/**
 * `google:token-audit:<admin>` → historyEvents, historySources. The Workspace's OAuth token
 * events for HubSpot's client(s) (providers.md §11): authorize, revoke and activity — the newest
 * Gmail `activity` is the last time HubSpot really used a mailbox. One Reports API query per known
 * HubSpot client id (`filters=client_id==…`), read on from where the last pass stopped; the cursor
 * is `<client index>|<pageToken>`, so a killed worker resumes at the page it was on.
 */
import { normalizeAddress, type HistoryEventKind } from '../../model';
import type { SyncJob } from '../job';
import { historyRecords, knownHubSpotClients, pruneOldEvents, readFrom, sourceKey, unavailableOutcome, type HistoryItem } from './history-source';

export interface TokenActivityParameter {
  name: string;
  value?: string;
  intValue?: string | number;
  multiValue?: string[];
}

export interface TokenActivityRecord {
  id: { time: string; uniqueQualifier: string | number };
  actor?: { email?: string; callerType?: string };
  events: { name: string; parameters: TokenActivityParameter[] }[];
}

/** The Reports API call this job needs (lib/clients/google/reports.ts satisfies it). */
export interface GoogleReportsSyncClient {
  listTokenActivities(query: { startTime?: string; clientId?: string; pageToken?: string; maxResults?: number }): Promise<{ items: TokenActivityRecord[]; nextPageToken?: string }>;
}

interface Lookup {
  clients: string[];
  since?: string;
}

const SOURCE = 'google-token-audit';
const KINDS: readonly HistoryEventKind[] = ['authorize', 'revoke', 'activity'];
const WHERE = 'admin.googleapis.com/admin/reports/v1/activity/users/all/applications/token';

const parameter = (parameters: readonly TokenActivityParameter[], name: string): string | undefined => {
  const found = parameters.find((p) => p.name === name);
  return found?.value ?? (found?.intValue === undefined ? undefined : String(found.intValue));
};

/** One Activity as our events (an Activity may carry several; token activities carry one). */
export function tokenEvents(activity: TokenActivityRecord, clients: ReadonlySet<string>): HistoryItem[] {
  const address = activity.actor?.email ? normalizeAddress(activity.actor.email) : undefined;
  if (!address) return [];
  return activity.events.flatMap((event, index): HistoryItem[] => {
    const client = parameter(event.parameters, 'client_id');
    const kind = event.name as HistoryEventKind;
    if (!client || !clients.has(client) || !KINDS.includes(kind)) return [];
    const product = parameter(event.parameters, 'product_bucket');
    const api = parameter(event.parameters, 'api_name');
    const method = parameter(event.parameters, 'method_name');
    const app = parameter(event.parameters, 'app_name');
    return [{
      event: {
        id: `${SOURCE}:${activity.id.time}:${activity.id.uniqueQualifier}:${index}`,
        source: SOURCE,
        address,
        at: new Date(activity.id.time).toISOString(),
        kind,
        client,
        ...(app ? { app } : {}),
        result: kind === 'activity' ? 'success' : 'info',
        detail: { ...(activity.actor?.callerType ? { callerType: activity.actor.callerType } : {}), ...(product ? { product } : {}), ...(api ? { api } : {}), ...(method ? { method } : {}) },
        where: WHERE,
      },
    }];
  });
}

/**
 * HubSpot's mail sync calls Gmail all day: keeping every `activity` would grow without bound. One
 * record per mailbox, client, product and day is kept — the newest of the day this page saw (pages
 * run newest first) — which is what "when did HubSpot last use it" needs.
 */
export function collapseActivity(items: readonly HistoryItem[]): HistoryItem[] {
  const seen = new Set<string>();
  const kept: HistoryItem[] = [];
  for (const item of items) {
    if (!('event' in item) || item.event.kind !== 'activity') {
      kept.push(item);
      continue;
    }
    const { address, client, at, detail } = item.event;
    const id = `${SOURCE}:activity:${address}:${client ?? ''}:${String(detail?.product ?? '')}:${at.slice(0, 10)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    kept.push({ event: { ...item.event, id } });
  }
  return kept;
}

const encodeCursor = (client: number, pageToken?: string): string => `${client}|${pageToken ?? ''}`;
function decodeCursor(cursor: string | undefined): { client: number; pageToken?: string } {
  if (!cursor) return { client: 0 };
  const [index = '0', pageToken = ''] = cursor.split('|');
  return { client: Number(index), ...(pageToken ? { pageToken } : {}) };
}

export function googleTokenAuditJob(admin: string): SyncJob<GoogleReportsSyncClient, HistoryItem, Lookup> {
  const account = normalizeAddress(admin);
  const key = sourceKey(SOURCE, account);
  return {
    name: `google:token-audit:${account}`,
    provider: 'google',
    resource: 'history',
    stores: ['historyEvents', 'historySources', 'grants'],
    prepare: async (db) => {
      const since = await readFrom(db, key);
      return { clients: await knownHubSpotClients(db, 'google', key), ...(since ? { since } : {}) };
    },
    async fetchPage(client, cursor, { clients, since }) {
      if (clients.length === 0) return { results: [{ outcome: { state: 'no-client-id' } }] };
      const at = decodeCursor(cursor);
      const clientId = clients[at.client];
      if (clientId === undefined) return { results: [{ outcome: { state: 'ok' } }] };
      let page: Awaited<ReturnType<GoogleReportsSyncClient['listTokenActivities']>>;
      try {
        page = await client.listTokenActivities({ clientId, maxResults: 1000, ...(since ? { startTime: since } : {}), ...(at.pageToken ? { pageToken: at.pageToken } : {}) });
      } catch (error) {
        const outcome = unavailableOutcome(error);
        if (!outcome) throw error;
        return { results: [{ outcome }] };
      }
      const known = new Set(clients);
      const results = collapseActivity(page.items.flatMap((activity) => tokenEvents(activity, known)));
      const next = page.nextPageToken ? encodeCursor(at.client, page.nextPageToken) : at.client + 1 < clients.length ? encodeCursor(at.client + 1) : undefined;
      return next ? { results, nextAfter: next } : { results: [...results, { outcome: { state: 'ok' } }] };
    },
    toRecords: (results, { syncedAt, lookup }) => historyRecords(results, SOURCE, account, syncedAt, lookup.clients),
    sweeps: [],
    complete: (tx, { completedAt }) => pruneOldEvents(tx, SOURCE, completedAt),
  };
}
