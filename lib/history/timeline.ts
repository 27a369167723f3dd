/**
 * A mailbox's timeline: every fact we have, newest first, each with its side (HubSpot, Google,
 * Microsoft, Inboxlink), how we know it (a page we saw, an API, a provider's audit log, our own
 * sync) and where. Pure data: ./present.ts turns an entry into words in the user's language.
 */
import type { HistoryEvent, Observation, ProviderGrant } from '../model';
import { hubspotFactEntries } from './timeline-hubspot';
import type { HistorySide } from './sources';
import type { MailboxHistory } from './snapshot';

export type EntryHow =
  | 'observed'
  | 'api'
  | 'admin-api'
  | 'confirmed'
  | 'token-audit'
  | 'sign-in-log'
  | 'sign-in-log-beta'
  | 'account-activity'
  | 'own-sync'
  | 'diagnosis';

export type EntryTone = 'ok' | 'warning' | 'problem' | 'neutral';

export interface TimelineEntry {
  /** Stable within a timeline (keys, tests). */
  id: string;
  at: string;
  side: HistorySide;
  /** What happened; the words are `history.entry.<kind>`. */
  kind: string;
  how: EntryHow;
  where?: string;
  tone: EntryTone;
  params: Record<string, string | number>;
  correlationIds?: string[];
}

/** How many of the extension's failed passes a timeline shows (the newest). */
export const SHOWN_FAILED_RUNS = 10;

const GRANT_SIDE = { google: 'google', microsoft365: 'microsoft', outlook: 'microsoft' } as const;

function grantEntry(grant: ProviderGrant): TimelineEntry {
  return {
    id: `grant:${grant.key}`,
    at: grant.evidence.at,
    side: GRANT_SIDE[grant.provider],
    kind: `grant-${grant.state}`,
    how: grant.evidence.source === 'admin-api' ? 'admin-api' : grant.evidence.source === 'confirmed' ? 'confirmed' : grant.evidence.source === 'observed' ? 'observed' : 'api',
    ...(grant.evidence.where ? { where: grant.evidence.where } : {}),
    tone: grant.state === 'present' ? 'ok' : grant.state === 'absent' ? 'warning' : 'neutral',
    params: { app: grant.app },
  };
}

function consentEntry(observation: Observation, index: number): TimelineEntry | undefined {
  if (typeof observation.value.present !== 'boolean') return undefined;
  const provider = observation.value.provider;
  const side: HistorySide = provider === 'microsoft365' || provider === 'outlook' ? 'microsoft' : 'google';
  return {
    id: `consent:${observation.id ?? index}`,
    at: observation.observedAt,
    side,
    kind: observation.value.present ? 'consent-listed' : 'consent-not-listed',
    how: 'observed',
    where: `${observation.host}${observation.path}`,
    tone: observation.value.present ? 'ok' : 'warning',
    params: { app: String(observation.value.app ?? 'HubSpot') },
  };
}

function providerEventEntry(event: HistoryEvent): TimelineEntry | undefined {
  const base = { id: event.id, at: event.at, where: event.where };
  const app = event.app ?? 'HubSpot';
  switch (event.kind) {
    case 'authorize':
      return { ...base, side: 'google', kind: 'google-authorize', how: 'token-audit', tone: 'ok', params: { app } };
    case 'revoke':
      return { ...base, side: 'google', kind: event.actor ? 'google-revoke-by' : 'google-revoke', how: 'token-audit', tone: 'warning', params: { app, ...(event.actor ? { actor: event.actor } : {}) } };
    case 'activity':
      return { ...base, side: 'google', kind: 'google-activity', how: 'token-audit', tone: 'ok', params: { app, product: String(event.detail?.product ?? '') } };
    case 'sign-in': {
      const how = event.where.includes('/beta/') ? 'sign-in-log-beta' : 'sign-in-log';
      if (event.result === 'success') return { ...base, side: 'microsoft', kind: 'microsoft-sign-in-ok', how, tone: 'ok', params: { app } };
      return { ...base, side: 'microsoft', kind: 'microsoft-sign-in-failed', how, tone: 'problem', params: { app, code: event.errorCode ?? '', reason: event.failureReason ?? '' } };
    }
    default:
      return undefined;
  }
}

function inboxlinkEntries(history: MailboxHistory): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const lastGood = history.runs.find((run) => run.errors.length === 0);
  if (lastGood) entries.push({ id: `run:${lastGood.startedAt}`, at: lastGood.endedAt, side: 'inboxlink', kind: 'sync-ok', how: 'own-sync', tone: 'ok', params: {} });
  for (const run of history.runs.filter((r) => r.errors.length > 0).slice(0, SHOWN_FAILED_RUNS)) {
    const ids = [...new Set(run.errors.map((error) => error.correlationId).filter((id): id is string => Boolean(id)))];
    entries.push({
      id: `run:${run.startedAt}`,
      at: run.endedAt,
      side: 'inboxlink',
      kind: 'sync-problem',
      how: 'own-sync',
      tone: 'warning',
      params: { jobs: run.errors.map((error) => error.job).join(', '), count: run.errors.length },
      ...(ids.length ? { correlationIds: ids } : {}),
    });
  }
  for (const finding of history.findings) {
    entries.push({ id: `finding:${finding.id}`, at: finding.foundAt, side: 'inboxlink', kind: 'finding', how: 'diagnosis', tone: finding.severity === 'info' ? 'neutral' : 'warning', params: { code: finding.code } });
  }
  for (const seen of history.facts.observations.filter((o) => o.kind === 'signed-in-address')) {
    entries.push({ id: `seen:${seen.id ?? seen.observedAt}`, at: seen.observedAt, side: 'inboxlink', kind: 'seen-signed-in', how: 'observed', where: `${seen.host}${seen.path}`, tone: 'neutral', params: {} });
  }
  return entries;
}

export function buildTimeline(history: MailboxHistory): TimelineEntry[] {
  const providerEvents = history.events.filter((event) => event.source === 'google-token-audit' || event.source === 'microsoft-sign-ins');
  const entries = [
    ...hubspotFactEntries(history),
    ...history.facts.grants.map(grantEntry),
    ...history.facts.observations.filter((o) => o.kind === 'provider-grant').map(consentEntry),
    ...providerEvents.map(providerEventEntry),
    ...inboxlinkEntries(history),
  ].filter((entry): entry is TimelineEntry => entry !== undefined);
  // ISO times order as strings; compared directly (a locale collation of a thousand entries' times
  // was most of the support page's script time). Equal times keep the id order they always had.
  return entries.sort((a, b) => (a.at === b.at ? a.id.localeCompare(b.id) : a.at < b.at ? 1 : -1));
}
