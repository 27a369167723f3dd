import * as v from 'valibot';
import type { PersonalInbox } from '../../../core/scenario';
import type { AppContext } from '../context';
import { OK, parseBody, refuse, type ActionResult } from './result';

const InboxBody = v.object({ address: v.string() });

/** The signed-in user's own, not yet removed inbox with this address. */
function ownInbox(ctx: AppContext, address: string): PersonalInbox | undefined {
  const wanted = address.toLowerCase();
  return (ctx.scenario.personalInboxes ?? []).find(
    (inbox) => inbox.userId === ctx.me?.id && inbox.state !== 'removed' && inbox.address.toLowerCase() === wanted,
  );
}

/** "Disable" > "Yes, disable": the inbox stays listed, greyed, as Disabled. */
export function disableInbox(ctx: AppContext, body: unknown): ActionResult {
  const parsed = parseBody(InboxBody, body);
  if (!parsed.ok) return parsed.result;
  const inbox = ownInbox(ctx, parsed.value.address);
  if (!inbox) return refuse('errInboxNotFound', undefined, 404);
  inbox.state = 'disabled';
  return OK;
}

/** "Remove" > "Yes, remove inbox": only a disabled inbox can be removed, as in the seed's order. */
export function removeInbox(ctx: AppContext, body: unknown): ActionResult {
  const parsed = parseBody(InboxBody, body);
  if (!parsed.ok) return parsed.result;
  const inbox = ownInbox(ctx, parsed.value.address);
  if (!inbox) return refuse('errInboxNotFound', undefined, 404);
  if (inbox.state !== 'disabled') return refuse('errInboxNotDisabled');
  inbox.state = 'removed';
  return OK;
}
