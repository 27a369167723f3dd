import * as v from 'valibot';
import {
  AuthExpiredError, BadRequestError, ForbiddenError, MissingScopeError, NotFoundError, RateLimitedError, ServerError, UnauthorizedError,
  type ApiError,
} from '../errors';
import type { HttpFailure } from '../http';
import { parseRetryAfterMs, shortMessage } from '../retry-after';

/**
 * Graph's OData error `{error:{code, message, innerError:{'request-id', date}}}` (providers.md
 * §10). We branch on `code` and status. One exception: Graph sends InvalidAuthenticationToken for
 * an expired and for a malformed token alike, and only the message tells them apart ("...the
 * token is expired"), so an expired token is recognised by that word.
 *
 * 403 is ForbiddenError (with Graph's code): Authorization_RequestDenied does not say whether a
 * permission (scope) or a directory role is missing. The one exception is
 * Authentication_MSGraphPermissionMissing, which names the permission: MissingScopeError.
 */
const Inner = v.optional(v.object({ 'request-id': v.optional(v.string()) }));
const GraphErrorBody = v.object({
  error: v.object({
    code: v.optional(v.string()),
    message: v.optional(v.string()),
    innerError: Inner,
    innererror: Inner,
  }),
});

export function mapGraphError(failure: HttpFailure): ApiError {
  const parsed = v.safeParse(GraphErrorBody, failure.body);
  const error = parsed.success ? parsed.output.error : undefined;
  const status = failure.status;
  const requestId = error?.innerError?.['request-id'] ?? error?.innererror?.['request-id'] ?? failure.headers.get('request-id') ?? undefined;
  const message = error?.message || `Microsoft Graph answered HTTP ${status}`;
  const init = {
    status,
    service: 'microsoft' as const,
    message: shortMessage(failure.redact(message)),
    ...(requestId ? { correlationId: requestId } : {}),
    ...(error?.code ? { code: error.code } : {}),
  };
  const retryAfterMs = parseRetryAfterMs(failure.headers.get('retry-after'));
  const wait = retryAfterMs === undefined ? {} : { retryAfterMs };

  if (status === 401) return /expired/i.test(message) ? new AuthExpiredError(init) : new UnauthorizedError(init);
  // Graph names a missing permission in this one code (sign-in and audit logs): that is a scope.
  if (status === 403 && error?.code === 'Authentication_MSGraphPermissionMissing') return new MissingScopeError({ ...init, scopes: [...(failure.requiredScopes ?? [])] });
  if (status === 403) return new ForbiddenError(init);
  if (status === 404) return new NotFoundError(init);
  if (status === 429) return new RateLimitedError({ ...init, ...wait });
  if (status >= 500) return new ServerError({ ...init, ...wait });
  return new BadRequestError(init);
}
