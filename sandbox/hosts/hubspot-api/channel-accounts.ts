import type { TeamChannel } from '../../core/scenario';
import type { ApiCall } from './api-call';
import { listWithTotal, wantsArchived } from './conversations-paging';
import { jsonResponse, notFound } from './errors';
import { EMAIL_CHANNEL_ID } from './inboxes-channels';
import { timestamps } from './timeline';

/**
 * Conversations v3 channel accounts (hubspot.md §3): each `scenario.teamChannels` entry is a
 * connected team email, i.e. a channel account on channel 1002 with an HS_EMAIL_ADDRESS
 * delivery identifier. Read-only: HubSpot has no write API for native channels.
 */

interface PublicChannelAccount {
  id: string;
  channelId: string;
  inboxId: string;
  name: string;
  active: boolean;
  authorized: boolean;
  archived: boolean;
  createdAt: string;
  archivedAt?: string;
  deliveryIdentifier: { type: 'HS_EMAIL_ADDRESS'; value: string };
}

function toChannelAccount(call: ApiCall, channel: TeamChannel): PublicChannelAccount {
  const fields = {
    name: channel.name ?? channel.address,
    active: channel.active ?? true,
    authorized: channel.authorized ?? true,
    archived: channel.archived ?? false,
  };
  const stamps = timestamps(call.world, `channel-account:${channel.id}`, { ...fields, address: channel.address, inboxId: channel.inboxId }, channel.createdAt);
  return {
    id: channel.id,
    channelId: EMAIL_CHANNEL_ID,
    inboxId: channel.inboxId,
    ...fields,
    createdAt: stamps.createdAt,
    // The scenario keeps no archive time; the last change of an archived account stands in for it.
    ...(fields.archived && { archivedAt: stamps.updatedAt }),
    deliveryIdentifier: { type: 'HS_EMAIL_ADDRESS', value: channel.address },
  };
}

const asStrings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.length > 0 ? value.map((item) => String(item)) : undefined;

/** Filters `channelId` and `inboxId` (repeatable, any-of) and `archived`. */
export function listChannelAccounts(call: ApiCall): Response {
  const channelIds = asStrings(call.params.channelId);
  const inboxIds = asStrings(call.params.inboxId);
  const archived = wantsArchived(call);
  const accounts = (call.world.scenario.teamChannels ?? [])
    .map((channel) => toChannelAccount(call, channel))
    .filter(
      (account) =>
        account.archived === archived &&
        (channelIds === undefined || channelIds.includes(account.channelId)) &&
        (inboxIds === undefined || inboxIds.includes(account.inboxId)),
    );
  return listWithTotal(call, accounts);
}

export function getChannelAccount(call: ApiCall): Response {
  const id = String(call.params.channelAccountId);
  const channel = (call.world.scenario.teamChannels ?? []).find((candidate) => candidate.id === id);
  const account = channel && toChannelAccount(call, channel);
  return account && account.archived === wantsArchived(call)
    ? jsonResponse(200, account)
    : notFound(`No channel account found with id ${id}`);
}
