import type { Scenario } from '../../core/scenario';
import type { World } from '../../core/world';
import type { ContractEndpoint } from './contract';
import { errorResponse } from './errors';

export type HubSpotToken = NonNullable<NonNullable<Scenario['tokens']>['hubspot']>[number];

export type AuthOutcome = { ok: true; token: HubSpotToken | undefined } | { ok: false; response: Response };

const SCOPES_LINK = 'https://developers.hubspot.com/scopes';

/** The token of `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

export function findToken(world: World, token: string | undefined): HubSpotToken | undefined {
  if (!token) return undefined;
  return world.scenario.tokens?.hubspot?.find((candidate) => candidate.token === token);
}

/** Whole seconds since the token expired, or undefined while it is valid (no expiresAt = never). */
export function secondsSinceExpiry(world: World, token: HubSpotToken): number | undefined {
  if (!token.expiresAt) return undefined;
  const overdueMs = world.now().getTime() - Date.parse(token.expiresAt);
  return overdueMs >= 0 ? Math.floor(overdueMs / 1000) : undefined;
}

/**
 * Bearer authentication and scope check for one endpoint. Endpoints whose contract lists no
 * scopes (the OAuth v1 token look-ups) take the token in the path and need no Authorization.
 * Messages follow the real answers quoted in hubspot.md §6 and §9.
 */
export function authenticate(world: World, request: Request, endpoint: ContractEndpoint): AuthOutcome {
  if (endpoint.scopesAnyOf.length === 0) return { ok: true, token: undefined };
  const presented = bearerToken(request);
  if (!presented) {
    return {
      ok: false,
      response: errorResponse(
        401,
        'INVALID_AUTHENTICATION',
        'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
      ),
    };
  }
  const token = findToken(world, presented);
  if (!token) {
    return {
      ok: false,
      response: errorResponse(401, 'INVALID_AUTHENTICATION', 'The OAuth token used to make this call is invalid.'),
    };
  }
  const overdue = secondsSinceExpiry(world, token);
  if (overdue !== undefined) {
    return {
      ok: false,
      response: errorResponse(401, 'EXPIRED_AUTHENTICATION', `The OAuth token used to make this call expired ${overdue} second(s) ago.`, {
        context: { 'expire time': [new Date(Date.parse(token.expiresAt ?? '')).toISOString()] },
      }),
    };
  }
  if (!endpoint.scopesAnyOf.some((scope) => token.scopes.includes(scope))) {
    const required = [...endpoint.scopesAnyOf];
    return {
      ok: false,
      response: errorResponse(
        403,
        'MISSING_SCOPES',
        `This app hasn't been granted all required scopes to make this call. One of the following scopes is required: ${required.join(', ')}. Read more about required scopes here: ${SCOPES_LINK}.`,
        {
          errors: [
            {
              message: 'One or more of the following scopes are required.',
              context: { requiredScopes: required, requiredGranularScopes: required },
            },
          ],
          links: { scopes: SCOPES_LINK },
        },
      ),
    };
  }
  return { ok: true, token };
}
