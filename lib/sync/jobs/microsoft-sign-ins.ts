/**
 * `microsoft:sign-ins:<admin>` → historyEvents, historySources. HubSpot's app's sign-ins in the
 * admin's Entra tenant (providers.md §12), per known app id: interactive ones from v1.0, then the
 * non-interactive ones from beta — the refresh-token sign-ins of HubSpot's mail sync, where a
 * failure such as AADSTS50173 (grant expired after a password change) shows. Read on from where
 * the last pass stopped; the cursor is `<app index>|<i|n>|<nextLink>`, so a killed worker resumes at
 * the page it was on. Failures are kept one by one; successes one per user, app and day (HubSpot
 * signs in all day long).
 */
import { normalizeAddress } from '../../model';
import type { SyncJob } from '../job';
import { historyRecords, knownHubSpotClients, pruneOldEvents, readFrom, sourceKey, unavailableOutcome, type HistoryItem } from './history-source';

export interface SignInRecord {
  id: string;
  createdDateTime: string;
  userPrincipalName?: string | null;
  appId: string;
  appDisplayName?: string | null;
  isInteractive?: boolean | null;
  status?: { errorCode: number; failureReason?: string | null } | null;
}

/** The Graph call this job needs (lib/clients/microsoft/sign-ins.ts satisfies it). */
export interface GraphSignInsSyncClient {
  signInsPage(query: { appId: string; since?: string; nonInteractive: boolean; next?: string }): Promise<{ results: SignInRecord[]; nextAfter?: string }>;
}

interface Lookup {
  apps: string[];
  since?: string;
}

type Phase = 'i' | 'n';

const SOURCE = 'microsoft-sign-ins';
const WHERE: Record<Phase, string> = { i: 'graph.microsoft.com/v1.0/auditLogs/signIns', n: 'graph.microsoft.com/beta/auditLogs/signIns' };

export function signInItems(records: readonly SignInRecord[], phase: Phase): HistoryItem[] {
  const seen = new Set<string>();
  const items: HistoryItem[] = [];
  for (const record of records) {
    if (!record.userPrincipalName) continue;
    const address = normalizeAddress(record.userPrincipalName);
    const code = record.status?.errorCode ?? 0;
    const at = new Date(record.createdDateTime).toISOString();
    // A success says "HubSpot still gets in"; one a day is enough. Every failure is kept.
    const id = code === 0 ? `${SOURCE}:ok:${phase}:${address}:${record.appId}:${at.slice(0, 10)}` : `${SOURCE}:${record.id}`;
    if (seen.has(id)) continue;
    seen.add(id);
    items.push({
      event: {
        id,
        source: SOURCE,
        address,
        at,
        kind: 'sign-in',
        client: record.appId,
        ...(record.appDisplayName ? { app: record.appDisplayName } : {}),
        result: code === 0 ? 'success' : 'failure',
        ...(code === 0 ? {} : { errorCode: String(code) }),
        ...(code !== 0 && record.status?.failureReason ? { failureReason: record.status.failureReason } : {}),
        detail: { interactive: record.isInteractive ?? phase === 'i' },
        where: WHERE[phase],
      },
    });
  }
  return items;
}

function decodeCursor(cursor: string | undefined): { app: number; phase: Phase; next?: string } {
  if (!cursor) return { app: 0, phase: 'i' };
  const [app = '0', phase = 'i', ...link] = cursor.split('|');
  const next = link.join('|');
  return { app: Number(app), phase: phase === 'n' ? 'n' : 'i', ...(next ? { next } : {}) };
}

/** The step after a page: more of it, the beta phase, the next app, or the end. */
function following(at: { app: number; phase: Phase }, next: string | undefined, apps: number): string | undefined {
  if (next) return `${at.app}|${at.phase}|${next}`;
  if (at.phase === 'i') return `${at.app}|n|`;
  return at.app + 1 < apps ? `${at.app + 1}|i|` : undefined;
}

export function microsoftSignInsJob(admin: string): SyncJob<GraphSignInsSyncClient, HistoryItem, Lookup> {
  const account = normalizeAddress(admin);
  const key = sourceKey(SOURCE, account);
  return {
    name: `microsoft:sign-ins:${account}`,
    provider: 'microsoft',
    resource: 'history',
    stores: ['historyEvents', 'historySources', 'grants'],
    prepare: async (db) => {
      const since = await readFrom(db, key);
      return { apps: await knownHubSpotClients(db, 'microsoft365', key), ...(since ? { since } : {}) };
    },
    async fetchPage(client, cursor, { apps, since }) {
      if (apps.length === 0) return { results: [{ outcome: { state: 'no-client-id' } }] };
      const at = decodeCursor(cursor);
      const appId = apps[at.app];
      if (appId === undefined) return { results: [{ outcome: { state: 'ok' } }] };
      let page: Awaited<ReturnType<GraphSignInsSyncClient['signInsPage']>>;
      try {
        page = await client.signInsPage({ appId, nonInteractive: at.phase === 'n', ...(since ? { since } : {}), ...(at.next ? { next: at.next } : {}) });
      } catch (error) {
        const outcome = unavailableOutcome(error);
        if (!outcome) throw error;
        return { results: [{ outcome }] };
      }
      const results = signInItems(page.results, at.phase);
      const next = following(at, page.nextAfter, apps.length);
      return next ? { results, nextAfter: next } : { results: [...results, { outcome: { state: 'ok' } }] };
    },
    toRecords: (results, { syncedAt, lookup }) => historyRecords(results, SOURCE, account, syncedAt, lookup.apps),
    sweeps: [],
    complete: (tx, { completedAt }) => pruneOldEvents(tx, SOURCE, completedAt),
  };
}
