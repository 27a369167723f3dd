import type { ApiCall } from './api-call';
import { listWithTotal, wantsArchived } from './conversations-paging';
import { jsonResponse, notFound } from './errors';
import { timestamps } from './timeline';

/** Conversations v3 inboxes and channels (hubspot.md §3). Inboxes come from `scenario.inboxes`. */

interface PublicInbox {
  id: string;
  name: string;
  type: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
  archivedAt?: string;
}

function inboxes(call: ApiCall): PublicInbox[] {
  return (call.world.scenario.inboxes ?? []).map((inbox) => {
    const archived = inbox.archived ?? false;
    const type = inbox.type ?? 'INBOX';
    const stamps = timestamps(call.world, `inbox:${inbox.id}`, { name: inbox.name, type, archived });
    // archivedAt is the last change of an archived inbox: the scenario records no separate time.
    return { id: inbox.id, name: inbox.name, type, archived, ...stamps, ...(archived && { archivedAt: stamps.updatedAt }) };
  });
}

export function listInboxes(call: ApiCall): Response {
  const archived = wantsArchived(call);
  return listWithTotal(call, inboxes(call).filter((inbox) => inbox.archived === archived));
}

export function getInbox(call: ApiCall): Response {
  const id = String(call.params.inboxId);
  const inbox = inboxes(call).find((candidate) => candidate.id === id && candidate.archived === wantsArchived(call));
  return inbox ? jsonResponse(200, inbox) : notFound(`No inbox found with id ${id}`);
}

/** The channel ids the Conversations guide names (§3): 1000 live chat, 1001 Facebook Messenger, 1002 email. */
export const EMAIL_CHANNEL_ID = '1002';
const CHANNELS = [
  { id: '1000', name: 'Live chat' },
  { id: '1001', name: 'Facebook Messenger' },
  { id: EMAIL_CHANNEL_ID, name: 'Email' },
];

export function listChannels(call: ApiCall): Response {
  return listWithTotal(call, CHANNELS.map((channel) => ({ ...channel })));
}

export function getChannel(call: ApiCall): Response {
  const id = String(call.params.channelId);
  const channel = CHANNELS.find((candidate) => candidate.id === id);
  return channel ? jsonResponse(200, { ...channel }) : notFound(`No channel found with id ${id}`);
}
