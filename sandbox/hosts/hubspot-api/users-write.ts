import type { Scenario, ScenarioUser } from '../../core/scenario';
import type { ApiCall } from './api-call';
import { recordUserAudit } from './audit-log';
import { findListedUser, listedUsers, ownerIdOf, toPublicUser } from './derive';
import { conflict, jsonResponse, noContent, validationError } from './errors';
import { readJsonBody } from './request-body';
import { ownerTimestamps } from './owners';
import { userNotFound } from './users';

/**
 * Settings User Provisioning v3, write side (hubspot.md §1). Writes go straight into
 * `world.scenario.users`, so GET /state and the HubSpot pages see them at once.
 */

interface UserFields {
  firstName?: string;
  lastName?: string;
  primaryTeamId?: string;
  roleId?: string;
  secondaryTeamIds?: string[];
  seatNames?: string[];
}

interface UserProvisionRequest extends UserFields {
  email: string;
  sendWelcomeEmail: boolean;
}

// Deliberately simple: HubSpot refuses addresses without a local part, an @ and a dotted domain.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Role and team ids must exist in the portal, as they must in HubSpot's UI (§1: "created in the app before assignment"). */
function checkReferences(scenario: Scenario, fields: UserFields): Response | undefined {
  if (fields.roleId !== undefined && !(scenario.roles ?? []).some((role) => role.id === fields.roleId)) {
    return validationError(`Unknown roleId ${fields.roleId}`, [{ message: `Unknown roleId ${fields.roleId}`, in: 'roleId' }]);
  }
  const teamIds = [...(fields.primaryTeamId !== undefined ? [fields.primaryTeamId] : []), ...(fields.secondaryTeamIds ?? [])];
  const unknownTeam = teamIds.find((teamId) => !(scenario.teams ?? []).some((team) => team.id === teamId));
  if (unknownTeam !== undefined) {
    return validationError(`Unknown team id ${unknownTeam}`, [{ message: `Unknown team id ${unknownTeam}`, in: 'teamId' }]);
  }
  return undefined;
}

/** Copies the PublicUserUpdate fields the scenario holds, seats included. */
function applyFields(user: ScenarioUser, fields: UserFields): void {
  if (fields.firstName !== undefined) user.firstName = fields.firstName;
  if (fields.lastName !== undefined) user.lastName = fields.lastName;
  if (fields.roleId !== undefined) user.roleIds = [fields.roleId];
  if (fields.primaryTeamId !== undefined) user.primaryTeamId = fields.primaryTeamId;
  if (fields.secondaryTeamIds !== undefined) user.secondaryTeamIds = [...fields.secondaryTeamIds];
  if (fields.seatNames !== undefined) user.seatNames = [...fields.seatNames];
}

/** The next numeric user id: one above the largest numeric id, removed users included (ids are never reused). */
function nextUserId(scenario: Scenario): string {
  const numeric = scenario.users.map((user) => user.id).filter((id) => /^\d+$/.test(id)).map(Number);
  return String(Math.max(0, ...numeric) + 1);
}

export async function createUser(call: ApiCall): Promise<Response> {
  const read = await readJsonBody<UserProvisionRequest>(call);
  if (!read.ok) return read.response;
  const request = read.body;
  const scenario = call.world.scenario;
  if (!EMAIL_PATTERN.test(request.email)) {
    return validationError(`Invalid email address: ${request.email}`, [{ message: 'email is not a valid email address', in: 'email' }]);
  }
  const wanted = request.email.toLowerCase();
  if (listedUsers(scenario).some((user) => user.email.toLowerCase() === wanted)) {
    return conflict(`A user with email ${request.email} already exists in this account.`);
  }
  const invalid = checkReferences(scenario, request);
  if (invalid) return invalid;
  const user: ScenarioUser = { id: nextUserId(scenario), email: request.email, roleIds: [], superAdmin: false, status: 'active' };
  applyFields(user, request);
  // Every new user gets a CRM owner; storing its id keeps it visible in GET /state.
  user.ownerId = ownerIdOf(user);
  scenario.users.push(user);
  ownerTimestamps(call.world, user, call.world.now().toISOString());
  recordUserAudit(call, 'CREATE', user.id);
  return jsonResponse(201, toPublicUser(user, request.sendWelcomeEmail));
}

export async function updateUser(call: ApiCall): Promise<Response> {
  const user = findListedUser(call.world.scenario, String(call.params.userId), call.params.idProperty);
  if (!user) return userNotFound(call);
  const read = await readJsonBody<UserFields>(call);
  if (!read.ok) return read.response;
  const invalid = checkReferences(call.world.scenario, read.body);
  if (invalid) return invalid;
  applyFields(user, read.body);
  recordUserAudit(call, 'UPDATE', user.id);
  return jsonResponse(200, toPublicUser(user));
}

/**
 * "Removes a user" (§1). The scenario keeps the user with status `removed` so GET /state shows
 * it; the users API no longer lists it and its owner becomes archived (§2). Like the UI's
 * "Remove from account" it takes the user's personal inboxes with it.
 */
export function removeUser(call: ApiCall): Response {
  const user = findListedUser(call.world.scenario, String(call.params.userId), call.params.idProperty);
  if (!user) return userNotFound(call);
  user.status = 'removed';
  // The personal inboxes belong to the user's profile in this account, which is gone [inferred].
  for (const inbox of call.world.scenario.personalInboxes ?? []) if (inbox.userId === user.id) inbox.state = 'removed';
  recordUserAudit(call, 'DELETE', user.id);
  return noContent();
}
