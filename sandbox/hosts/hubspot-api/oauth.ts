import type { ScenarioUser } from '../../core/scenario';
import type { World } from '../../core/world';
import type { ApiCall } from './api-call';
import { findToken, type HubSpotToken } from './auth';
import { errorResponse, jsonResponse, noContent, notFound } from './errors';

/**
 * OAuth v1 token look-up and refresh-token revocation (hubspot.md §5). Both take the token in the
 * path and need no Authorization header.
 */

/** The app id every sandbox token belongs to (the scenario has a single HubSpot app). */
export const SANDBOX_APP_ID = 1_000_001;

/** §5: access tokens live 30 minutes; scenario tokens without expiresAt always look fresh. */
const ACCESS_TOKEN_LIFETIME_S = 1800;

/** The installing user: the token's userId, else the signed-in HubSpot user, else the first super admin. */
function installerOf(world: World, token: HubSpotToken): ScenarioUser | undefined {
  const users = world.scenario.users;
  const preferred = token.userId ?? world.scenario.signedIn?.hubspotUserId;
  return users.find((user) => user.id === preferred) ?? users.find((user) => user.superAdmin) ?? users[0];
}

export function introspectAccessToken(call: ApiCall): Response {
  const world = call.world;
  const token = findToken(world, String(call.params.token));
  if (!token) return notFound('The access token is not known to HubSpot (never issued, or revoked).');
  const installer = installerOf(world, token);
  // An expired token still introspects, with expires_in 0: the look-up describes the token, not its validity.
  const expiresIn = token.expiresAt
    ? Math.max(0, Math.floor((Date.parse(token.expiresAt) - world.now().getTime()) / 1000))
    : ACCESS_TOKEN_LIFETIME_S;
  const userId = installer && /^\d+$/.test(installer.id) ? Number(installer.id) : 0;
  return jsonResponse(200, {
    token: token.token,
    token_type: 'access',
    hub_id: world.scenario.portal.id,
    app_id: SANDBOX_APP_ID,
    user_id: userId,
    ...(installer && { user: installer.email }),
    ...(world.scenario.portal.domain && { hub_domain: world.scenario.portal.domain }),
    scopes: [...token.scopes],
    expires_in: expiresIn,
    is_private_distribution: false,
  });
}

const REVOKED = 'hubspot-api:revoked-refresh-tokens';

/**
 * Refresh tokens are not part of the scenario, so any token revokes once (204); revoking it again
 * is HubSpot's RFC 6749 answer for a bad refresh token (§5), in the Error shape.
 */
export function revokeRefreshToken(call: ApiCall): Response {
  const revoked = call.world.scratch(REVOKED, () => new Set<string>());
  const token = String(call.params.token);
  if (revoked.has(token)) {
    return errorResponse(400, 'BAD_REFRESH_TOKEN', 'missing or invalid refresh token', {
      status: 'BAD_REFRESH_TOKEN',
      error: 'invalid_grant',
      error_description: 'refresh token is invalid, expired or revoked',
    });
  }
  revoked.add(token);
  return noContent();
}
