/**
 * Reading histories from the store, beside it (the rules stay pure): one mailbox through its
 * indexes (the side panel, the timeline page: cost independent of the cache's size), or every
 * address at once for the portal report and health, grouped in memory from one transaction.
 */
import type { AddressFacts, DiagnoseSnapshot } from '../diagnose/snapshot';
import { readSnapshot } from '../store/reads/diagnose-snapshot';
import { normalizeAddress, type Finding, type HistoryEvent, type HistorySourceStatus, type SyncRun } from '../model';
import type { StoreAccess } from '../store/access';
import { makeMailboxHistory, type MailboxHistory } from './snapshot';

type Db = Awaited<ReturnType<StoreAccess['db']>>;

/** Stores whose changes can change a history (for live views). */
export const HISTORY_STORES = ['mailboxes', 'observations', 'crmUsers', 'owners', 'channelAccounts', 'grants', 'findings', 'historyEvents', 'historySources', 'syncRuns'] as const;

export async function readMailboxHistory(db: Db, address: string): Promise<MailboxHistory> {
  const key = normalizeAddress(address);
  const tx = db.transaction([...HISTORY_STORES], 'readonly');
  const [mailbox, observations, channelAccounts, grants, users, owners, events, sources, runs, findings] = await Promise.all([
    tx.objectStore('mailboxes').get(key),
    tx.objectStore('observations').index('address').getAll(key),
    tx.objectStore('channelAccounts').index('address').getAll(key),
    tx.objectStore('grants').index('address').getAll(key),
    tx.objectStore('crmUsers').index('email').getAll(key),
    tx.objectStore('owners').index('email').getAll(key),
    tx.objectStore('historyEvents').index('address').getAll(key),
    tx.objectStore('historySources').getAll(),
    tx.objectStore('syncRuns').getAll(),
    tx.objectStore('findings').index('subject').getAll(key),
  ]);
  await tx.done;
  const facts: AddressFacts = { address: key, ...(mailbox ? { mailbox } : {}), observations, channelAccounts, grants, users, owners };
  return makeMailboxHistory({ facts, events, sources, runs, findings });
}

export interface PortalHistory {
  snapshot: DiagnoseSnapshot;
  histories: MailboxHistory[];
  findings: Finding[];
  sources: HistorySourceStatus[];
  runs: SyncRun[];
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

/** Every address's history from plain records (the report, health and the bench build one so). */
export function portalHistoryFrom(snapshot: DiagnoseSnapshot, events: readonly HistoryEvent[], sources: readonly HistorySourceStatus[], runs: readonly SyncRun[], findings: readonly Finding[]): PortalHistory {
  const eventsBy = groupBy(events, (event) => event.address);
  // Newest first within each address (a few each): cheaper than sorting every event of the portal.
  for (const list of eventsBy.values()) if (list.length > 1) list.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const findingsBy = groupBy(findings, (finding) => finding.subject);
  const newestRuns = [...runs].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const shared = [...sources];
  // One history per address, sharing the portal-wide arrays: no copy, no sort per address.
  const histories: MailboxHistory[] = [];
  for (const facts of snapshot.byAddress.values()) {
    histories.push(makeMailboxHistory({ facts, events: eventsBy.get(facts.address), sources: shared, runs: newestRuns, findings: findingsBy.get(facts.address), prepared: true }));
  }
  return { snapshot, histories, findings: [...findings], sources: shared, runs: newestRuns };
}

export async function readPortalHistory(access: Pick<StoreAccess, 'db'>): Promise<PortalHistory> {
  const snapshot = await readSnapshot(access);
  const db = await access.db();
  const tx = db.transaction(['historyEvents', 'historySources', 'syncRuns', 'findings'], 'readonly');
  const [events, sources, runs, findings] = await Promise.all([
    tx.objectStore('historyEvents').getAll(),
    tx.objectStore('historySources').getAll(),
    tx.objectStore('syncRuns').getAll(),
    tx.objectStore('findings').getAll(),
  ]);
  await tx.done;
  return portalHistoryFrom(snapshot, events, sources, runs, findings);
}
