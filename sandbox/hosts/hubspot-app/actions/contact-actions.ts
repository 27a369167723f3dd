import * as v from 'valibot';
import { userStatus, type AppContext } from '../context';
import { OK, parseBody, refuse, type ActionResult } from './result';

const UserBody = v.object({ userId: v.string() });

/** Company info > points of contact > "Remove from role" > "Yes, remove from role". */
export function removeFromRole(ctx: AppContext, body: unknown): ActionResult {
  const parsed = parseBody(UserBody, body);
  if (!parsed.ok) return parsed.result;
  const contacts = ctx.scenario.portal.pointsOfContact ?? {};
  const { userId } = parsed.value;
  // "a primary contact must be replaced by another user" (seeds 002, 003).
  if (contacts.primary === userId) return refuse('errPrimaryMustBeReplaced');
  if (!(contacts.others ?? []).includes(userId)) return refuse('errNotAContact', undefined, 404);
  ctx.scenario.portal.pointsOfContact = { ...contacts, others: (contacts.others ?? []).filter((id) => id !== userId) };
  return OK;
}

/** The dropdown next to "Primary contact" > another user > "Yes, add user to role". */
export function replacePrimary(ctx: AppContext, body: unknown): ActionResult {
  const parsed = parseBody(UserBody, body);
  if (!parsed.ok) return parsed.result;
  const user = ctx.scenario.users.find((u) => u.id === parsed.value.userId && userStatus(u) !== 'removed');
  if (!user) return refuse('errUserNotFound', undefined, 404);
  if (userStatus(user) !== 'active') return refuse('errNotActive', { email: user.email });
  const contacts = ctx.scenario.portal.pointsOfContact ?? {};
  ctx.scenario.portal.pointsOfContact = {
    ...contacts,
    primary: user.id,
    others: (contacts.others ?? []).filter((id) => id !== user.id),
  };
  return OK;
}
