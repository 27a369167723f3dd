import * as v from 'valibot';
import { isPointOfContact, recordPageChange, type AppContext } from '../context';
import { OK, parseBody, refuse, type ActionResult } from './result';

const SelfBody = v.object({ email: v.string() });

/**
 * Settings > General > Security > "Remove me from this account": type your email, "Remove".
 * Greyed out while you are a point of contact in Account & Billing (seed 002).
 */
export function removeMe(ctx: AppContext, body: unknown): ActionResult {
  const parsed = parseBody(SelfBody, body);
  if (!parsed.ok) return parsed.result;
  const me = ctx.me;
  if (!me) return refuse('noAccessTitle', undefined, 403);
  if (isPointOfContact(ctx.scenario, me.id)) return refuse('removeMeBlocked');
  if (parsed.value.email.trim().toLowerCase() !== me.email.toLowerCase()) return refuse('errEmailMismatch', undefined, 400);
  me.status = 'removed';
  for (const inbox of ctx.scenario.personalInboxes ?? []) if (inbox.userId === me.id) inbox.state = 'removed';
  recordPageChange(ctx, 'DELETE', me.id);
  return OK;
}
