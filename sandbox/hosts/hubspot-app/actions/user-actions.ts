import * as v from 'valibot';
import type { ScenarioUser } from '../../../core/scenario';
import { isPointOfContact, recordPageChange, userStatus, type AppContext } from '../context';
import { OK, parseBody, refuse, type ActionResult } from './result';

const UsersBody = v.object({ userIds: v.pipe(v.array(v.string()), v.minLength(1), v.maxLength(500)) });

/** The named users, all of them present and not removed, or a refusal. */
function pickUsers(ctx: AppContext, body: unknown): { users: ScenarioUser[] } | { refusal: ActionResult } {
  const parsed = parseBody(UsersBody, body);
  if (!parsed.ok) return { refusal: parsed.result };
  const users: ScenarioUser[] = [];
  for (const id of new Set(parsed.value.userIds)) {
    const user = ctx.scenario.users.find((u) => u.id === id && userStatus(u) !== 'removed');
    if (!user) return { refusal: refuse('errUserNotFound', undefined, 404) };
    // Your own access is given up under Settings > General > Security, never from this table.
    if (user.id === ctx.me?.id) return { refusal: refuse('errSelf') };
    users.push(user);
  }
  return { users };
}

/**
 * "Actions" > "Deactivate user" (or bulk "Deactivate"). As the seed says, the user's personal
 * emails are disconnected too; team channels they connected stay connected.
 */
export function deactivateUsers(ctx: AppContext, body: unknown): ActionResult {
  const picked = pickUsers(ctx, body);
  if ('refusal' in picked) return picked.refusal;
  const notActive = picked.users.find((u) => userStatus(u) !== 'active');
  if (notActive) return refuse('errNotActive', { email: notActive.email });
  for (const user of picked.users) {
    user.status = 'deactivated';
    recordPageChange(ctx, 'DEACTIVATE', user.id);
    for (const inbox of ctx.scenario.personalInboxes ?? []) {
      if (inbox.userId === user.id && inbox.state === 'connected') inbox.state = 'disabled';
    }
  }
  return OK;
}

/** "Actions" > "Reactivate user": deactivated users come back with their assets. */
export function reactivateUsers(ctx: AppContext, body: unknown): ActionResult {
  const picked = pickUsers(ctx, body);
  if ('refusal' in picked) return picked.refusal;
  for (const user of picked.users) {
    if (userStatus(user) !== 'deactivated') continue;
    user.status = 'active';
    recordPageChange(ctx, 'REACTIVATE', user.id);
  }
  return OK;
}

/**
 * "Actions" > "Make Super Admin" (seed 003: one user at a time, from the user's actions). Only a
 * Super Admin may do it; the user must be active and not one already.
 */
export function makeSuperAdmin(ctx: AppContext, body: unknown): ActionResult {
  const picked = pickUsers(ctx, body);
  if ('refusal' in picked) return picked.refusal;
  if (!ctx.me?.superAdmin) return refuse('errOnlySuperAdmins', undefined, 403);
  const [user, ...more] = picked.users;
  if (!user || more.length > 0) return refuse('errSuperAdminSingleOnly', undefined, 400);
  if (userStatus(user) !== 'active') return refuse('errNotActive', { email: user.email });
  if (user.superAdmin) return refuse('errAlreadySuperAdmin', { email: user.email });
  user.superAdmin = true;
  recordPageChange(ctx, 'MAKE_SUPER_ADMIN', user.id);
  return OK;
}

/**
 * "Remove from account" (single or bulk): all or nothing. Each user must be deactivated first and
 * must not be a point of contact in Account & Billing (seeds 002 and 003). Their personal inboxes
 * go with their profile.
 */
export function removeUsers(ctx: AppContext, body: unknown): ActionResult {
  const picked = pickUsers(ctx, body);
  if ('refusal' in picked) return picked.refusal;
  for (const user of picked.users) {
    if (isPointOfContact(ctx.scenario, user.id)) return refuse('errPointOfContact', { email: user.email });
    if (userStatus(user) !== 'deactivated') return refuse('errNotDeactivated', { email: user.email });
  }
  for (const user of picked.users) {
    user.status = 'removed';
    for (const inbox of ctx.scenario.personalInboxes ?? []) if (inbox.userId === user.id) inbox.state = 'removed';
    recordPageChange(ctx, 'DELETE', user.id);
  }
  return OK;
}
