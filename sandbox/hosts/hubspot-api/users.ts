import type { ApiCall } from './api-call';
import { findListedUser, listedUsers, toPublicUser } from './derive';
import { jsonResponse, notFound } from './errors';
import { USER_PAGE } from './page-limits';
import { paginate } from './paging';

/**
 * Settings User Provisioning v3, read side (hubspot.md §1). The users API lists active and
 * deactivated users alike (it has no active flag); removed users are gone.
 */

export function listUsers(call: ApiCall): Response {
  const users = listedUsers(call.world.scenario).map((user) => toPublicUser(user));
  const page = paginate(users, (user) => String(user.id), call.params, USER_PAGE, call.url);
  return page instanceof Response ? page : jsonResponse(200, page);
}

export function userNotFound(call: ApiCall): Response {
  return notFound(`No user found with ${call.params.idProperty === 'EMAIL' ? 'email' : 'id'} ${String(call.params.userId)}`);
}

export function getUser(call: ApiCall): Response {
  const user = findListedUser(call.world.scenario, String(call.params.userId), call.params.idProperty);
  return user ? jsonResponse(200, toPublicUser(user)) : userNotFound(call);
}
