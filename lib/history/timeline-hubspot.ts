/**
 * HubSpot's side of a timeline: the Connected emails and Channels pages as the guide saw them
 * (with the row's state and HubSpot's error text), the channel accounts and the user as the API
 * lists them, and the account activity (audit log, logins, security actions) where the token may
 * read it.
 */
import type { ChannelAccount, CrmUser, HistoryEvent, Observation } from '../model';
import type { MailboxHistory } from './snapshot';
import type { TimelineEntry } from './timeline';

function rowEntry(observation: Observation, index: number): TimelineEntry | undefined {
  const where = `${observation.host}${observation.path}`;
  const id = `observed:${observation.id ?? index}`;
  if (observation.kind === 'crm-team-channel') {
    const listed = observation.value.archived !== true;
    return { id, at: observation.observedAt, side: 'hubspot', kind: listed ? 'channel-listed' : 'channel-not-listed', how: 'observed', where, tone: listed ? 'ok' : 'warning', params: {} };
  }
  const { state, error } = observation.value;
  if (state !== 'connected' && state !== 'disabled' && state !== 'removed') return undefined;
  const withError = state === 'connected' && typeof error === 'string' && error.length > 0;
  return {
    id,
    at: observation.observedAt,
    side: 'hubspot',
    kind: withError ? 'crm-connected-error' : `crm-${state}`,
    how: 'observed',
    where,
    tone: withError ? 'problem' : state === 'connected' ? 'ok' : 'neutral',
    params: withError ? { error: String(error) } : {},
  };
}

function channelEntries(account: ChannelAccount): TimelineEntry[] {
  const where = 'api.hubapi.com/conversations/v3/conversations/channel-accounts';
  const params = { name: account.name };
  const entries: TimelineEntry[] = [{ id: `channel:${account.id}:created`, at: account.createdAt, side: 'hubspot', kind: 'channel-created', how: 'api', where, tone: 'neutral', params }];
  if (account.archivedAt) entries.push({ id: `channel:${account.id}:archived`, at: account.archivedAt, side: 'hubspot', kind: 'channel-archived', how: 'api', where, tone: 'neutral', params });
  if (account.goneAt) entries.push({ id: `channel:${account.id}:gone`, at: account.goneAt, side: 'hubspot', kind: 'channel-gone', how: 'api', where, tone: 'neutral', params });
  else if (!account.archived) {
    const healthy = account.active && account.authorized;
    entries.push({
      id: `channel:${account.id}:now`, at: account.syncedAt, side: 'hubspot',
      kind: healthy ? 'channel-live' : account.authorized ? 'channel-inactive' : 'channel-unauthorized',
      how: 'api', where, tone: healthy ? 'ok' : 'problem', params,
    });
  }
  return entries;
}

function userEntry(user: CrmUser): TimelineEntry {
  return {
    id: `user:${user.id}`,
    at: user.goneAt ?? user.syncedAt,
    side: 'hubspot',
    kind: `user-${user.status}`,
    how: 'api',
    where: 'api.hubapi.com/settings/v3/users',
    tone: user.status === 'active' ? 'ok' : 'warning',
    params: { userId: user.id },
  };
}

function activityEntry(event: HistoryEvent): TimelineEntry | undefined {
  const base = { id: event.id, at: event.at, side: 'hubspot' as const, how: 'account-activity' as const, where: event.where };
  const actor: Record<string, string> = event.actor ? { actor: event.actor } : {};
  switch (event.kind) {
    case 'login':
      return { ...base, kind: event.result === 'failure' ? 'hubspot-login-failed' : 'hubspot-login', tone: event.result === 'failure' ? 'warning' : 'ok', params: {} };
    case 'audit':
      return { ...base, kind: event.actor ? 'hubspot-audit-by' : 'hubspot-audit', tone: 'neutral', params: { category: String(event.detail?.category ?? ''), action: String(event.detail?.action ?? ''), ...actor } };
    case 'security':
      return { ...base, kind: event.actor ? 'hubspot-security-by' : 'hubspot-security', tone: 'neutral', params: { type: String(event.detail?.type ?? ''), ...actor } };
    default:
      return undefined;
  }
}

export function hubspotFactEntries(history: MailboxHistory): (TimelineEntry | undefined)[] {
  const { facts } = history;
  return [
    ...facts.observations.filter((o) => o.kind === 'crm-personal-inbox' || o.kind === 'crm-team-channel').map(rowEntry),
    ...facts.channelAccounts.flatMap(channelEntries),
    ...facts.users.map(userEntry),
    ...history.events.filter((event) => event.source.startsWith('hubspot-')).map(activityEntry),
  ];
}
