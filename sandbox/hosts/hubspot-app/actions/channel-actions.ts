import * as v from 'valibot';
import type { AppContext } from '../context';
import { OK, parseBody, refuse, type ActionResult } from './result';

const ChannelBody = v.object({ channelId: v.string() });

/**
 * "Delete" > "Yes, delete" on a team email channel. HubSpot's API then reports the channel
 * account as archived and inactive (hubspot.md §3: deleted shows archived:true, inferred).
 */
export function deleteChannel(ctx: AppContext, body: unknown): ActionResult {
  const parsed = parseBody(ChannelBody, body);
  if (!parsed.ok) return parsed.result;
  const channel = (ctx.scenario.teamChannels ?? []).find((c) => c.id === parsed.value.channelId && !c.archived);
  if (!channel) return refuse('errChannelNotFound', undefined, 404);
  channel.archived = true;
  channel.active = false;
  return OK;
}
