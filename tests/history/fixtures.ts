/** Hand-made histories for the history rules, timeline and sources (pure: no IndexedDB). */
import type { AddressFacts } from '../../lib/diagnose/snapshot';
import { makeMailboxHistory, emptyFacts, type MailboxHistory } from '../../lib/history/snapshot';
import type { HistoryEvent, HistorySourceId, HistorySourceStatus, SyncRun } from '../../lib/model';

export const NOW = '2026-11-22T12:00:00.000Z';
export const HUBSPOT_GOOGLE = '77770000-hubspot.apps.googleusercontent.com';
export const HUBSPOT_APP = '11111111-2222-4333-8444-555555555555';

export const daysAgo = (days: number, from = NOW): string => new Date(Date.parse(from) - days * 86_400_000).toISOString();

let seq = 0;

export function tokenEvent(address: string, kind: 'authorize' | 'revoke' | 'activity', at: string, extra: Partial<HistoryEvent> = {}): HistoryEvent {
  seq += 1;
  return {
    id: `google-token-audit:${at}:${seq}`, source: 'google-token-audit', address, at, kind, client: HUBSPOT_GOOGLE, app: 'HubSpot',
    result: kind === 'activity' ? 'success' : 'info', detail: kind === 'activity' ? { product: 'GMAIL' } : {},
    where: 'admin.googleapis.com/admin/reports/v1/activity/users/all/applications/token', syncedAt: NOW, ...extra,
  };
}

export function signIn(address: string, at: string, errorCode?: string, extra: Partial<HistoryEvent> = {}): HistoryEvent {
  seq += 1;
  return {
    id: `microsoft-sign-ins:${seq}`, source: 'microsoft-sign-ins', address, at, kind: 'sign-in', client: HUBSPOT_APP, app: 'HubSpot Sales',
    result: errorCode ? 'failure' : 'success', ...(errorCode ? { errorCode } : {}), detail: { interactive: false },
    where: 'graph.microsoft.com/beta/auditLogs/signIns', syncedAt: NOW, ...extra,
  };
}

export function hubspotEvent(address: string, kind: 'login' | 'audit' | 'security', at: string, extra: Partial<HistoryEvent> = {}): HistoryEvent {
  seq += 1;
  const source: HistorySourceId = kind === 'login' ? 'hubspot-logins' : kind === 'audit' ? 'hubspot-audit-log' : 'hubspot-security';
  return { id: `${source}:${seq}`, source, address, at, kind, result: 'info', where: 'api.hubapi.com/account-info/v3/activity', syncedAt: NOW, ...extra };
}

export function source(sourceId: HistorySourceId, account: string, extra: Partial<HistorySourceStatus> = {}): HistorySourceStatus {
  return { key: `${sourceId}:${account}`, source: sourceId, account, state: 'ok', checkedAt: NOW, readUntil: NOW, ...extra };
}

export function run(startedAt: string, errors: SyncRun['errors'] = []): SyncRun {
  return { startedAt, endedAt: startedAt, state: errors.length ? 'error' : 'idle', errors };
}

export function history(address: string, parts: { facts?: Partial<AddressFacts>; events?: HistoryEvent[]; sources?: HistorySourceStatus[]; runs?: SyncRun[] } = {}): MailboxHistory {
  return makeMailboxHistory({ facts: { ...emptyFacts(address), ...parts.facts }, events: parts.events ?? [], sources: parts.sources ?? [], runs: parts.runs ?? [] });
}
