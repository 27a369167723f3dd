import * as v from 'valibot';
import {
  AuthExpiredError, BadRequestError, ForbiddenError, MissingScopeError, NotFoundError, RateLimitedError, ServerError,
  UnauthorizedError, type ApiError,
} from '../errors';
import type { HttpFailure } from '../http';
import { parseRetryAfterMs, shortMessage } from '../retry-after';

/**
 * HubSpot's error JSON (hubspot.md §6): `{message, correlationId, category, errors[].context,
 * ...}`, on 429 also `errorType: RATE_LIMIT` and `policyName`; OAuth endpoints add RFC 6749
 * `error`. Read leniently: a gateway may answer with HTML or nothing.
 */
const Context = v.record(v.string(), v.array(v.string()));
const HubSpotErrorBody = v.object({
  message: v.optional(v.string()),
  correlationId: v.optional(v.string()),
  category: v.optional(v.string()),
  policyName: v.optional(v.string()),
  error: v.optional(v.string()),
  context: v.optional(Context),
  errors: v.optional(v.array(v.object({ context: v.optional(Context) }))),
});

/** Without a Retry-After: the rolling window's length (from its header), 1 s for the secondly one. */
function waitFor(policyName: string | undefined, headers: Headers): number | undefined {
  const told = parseRetryAfterMs(headers.get('retry-after'));
  if (told !== undefined) return told;
  if (policyName === 'DAILY') return undefined;
  if (policyName === 'SECONDLY') return 1000;
  const interval = Number(headers.get('x-hubspot-ratelimit-interval-milliseconds'));
  return Number.isFinite(interval) && interval > 0 ? interval : 10_000;
}

function scopesOf(body: v.InferOutput<typeof HubSpotErrorBody>, fallback: readonly string[] | undefined): string[] {
  const named = (body.errors ?? []).flatMap((detail) => detail.context?.requiredScopes ?? []);
  const fromContext = body.context?.requiredScopes ?? [];
  const scopes = new Set([...named, ...fromContext]);
  return scopes.size > 0 ? [...scopes] : [...(fallback ?? [])];
}

export function mapHubSpotError(failure: HttpFailure): ApiError {
  const parsed = v.safeParse(HubSpotErrorBody, failure.body);
  const body = parsed.success ? parsed.output : {};
  const status = failure.status;
  const code = body.category ?? body.error;
  const init = {
    status,
    service: 'hubspot' as const,
    message: shortMessage(failure.redact(body.message ?? `HubSpot answered HTTP ${status}`)),
    ...(body.correlationId ? { correlationId: body.correlationId } : {}),
    ...(code ? { code } : {}),
  };
  if (status === 401) return body.category === 'EXPIRED_AUTHENTICATION' ? new AuthExpiredError(init) : new UnauthorizedError(init);
  if (status === 403) {
    const scopes = scopesOf(body, body.category === 'MISSING_SCOPES' ? failure.requiredScopes : undefined);
    return body.category === 'MISSING_SCOPES' || scopes.length > 0 ? new MissingScopeError({ ...init, scopes }) : new ForbiddenError(init);
  }
  if (status === 404) return new NotFoundError(init);
  if (status === 429) {
    const retryAfterMs = waitFor(body.policyName, failure.headers);
    return new RateLimitedError({ ...init, ...(body.policyName ? { policyName: body.policyName } : {}), ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
  }
  if (status >= 500) return new ServerError(init);
  return new BadRequestError(init);
}
