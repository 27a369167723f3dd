/** Questions the verdict rules ask of one mailbox's history. */
import { liveChannels, personalSide } from '../diagnose/facts';
import type { HistoryEvent, HistorySourceId } from '../model';
import { coveringSource } from './sources';
import type { MailboxHistory } from './snapshot';

/** HubSpot shows the inbox connected: the Connected emails row, or a live team channel. */
export function hubspotShowsConnected(history: MailboxHistory): { at: string } | undefined {
  const side = personalSide(history.facts);
  if (side?.state === 'connected') return { at: side.evidence.at };
  const channel = liveChannels(history.facts).find((account) => account.active);
  return channel ? { at: channel.syncedAt } : undefined;
}

/** This source was read for the mailbox (its admin covers the address and could read it). */
export function sourceRead(history: MailboxHistory, source: HistorySourceId): boolean {
  return coveringSource(history, source)?.state === 'ok';
}

export const eventsOf = (history: MailboxHistory, source: HistorySourceId, kinds?: readonly string[]): HistoryEvent[] =>
  history.events.filter((event) => event.source === source && (!kinds || kinds.includes(event.kind)));

/** HubSpot's user-management actions on this user in HubSpot's logs, newest first. */
export function userActions(history: MailboxHistory, types: readonly string[]): HistoryEvent[] {
  return history.events.filter((event) =>
    (event.source === 'hubspot-security' && types.includes(String(event.detail?.type))) ||
    (event.source === 'hubspot-audit-log' && event.detail?.category === 'USER_MANAGEMENT' && types.includes(`${String(event.detail?.action)}_USER`)));
}
