import * as v from 'valibot';
import {
  AuthExpiredError, BadRequestError, ForbiddenError, MissingScopeError, NotFoundError, RateLimitedError, ServerError,
  type ApiError,
} from '../errors';
import type { HttpFailure } from '../http';
import { parseRetryAfterMs, shortMessage } from '../retry-after';

/**
 * Google's errors: JSON APIs (Admin SDK, Gmail) answer `{error:{code, message, status,
 * errors:[{reason}]}}`; the OAuth endpoints (revoke, tokeninfo) answer RFC 6749
 * `{error, error_description}` (providers.md §1, §1b, §2).
 *
 * A 401 from a Google API is always "Invalid Credentials", whether the access token expired or
 * was revoked; Google's advice for both is to get a new token, so it maps to AuthExpiredError.
 */
const GoogleErrorBody = v.object({
  error: v.optional(v.union([
    v.string(),
    v.object({
      message: v.optional(v.string()),
      status: v.optional(v.string()),
      errors: v.optional(v.array(v.object({ reason: v.optional(v.string()) }))),
    }),
  ])),
  error_description: v.optional(v.string()),
});

/** `WWW-Authenticate: Bearer error="insufficient_scope", scope="a b"` → ['a', 'b']. */
function scopesFromChallenge(headers: Headers): string[] | undefined {
  const challenge = headers.get('www-authenticate') ?? '';
  if (!/insufficient_scope/i.test(challenge)) return undefined;
  const scope = /scope="([^"]*)"/i.exec(challenge)?.[1];
  return scope ? scope.split(/\s+/).filter(Boolean) : [];
}

export function mapGoogleError(failure: HttpFailure): ApiError {
  const parsed = v.safeParse(GoogleErrorBody, failure.body);
  const body = parsed.success ? parsed.output : {};
  const detail = typeof body.error === 'object' ? body.error : undefined;
  const reason = detail?.errors?.[0]?.reason;
  const code = typeof body.error === 'string' ? body.error : (reason ?? detail?.status);
  const status = failure.status;
  const text = detail?.message ?? body.error_description ?? `Google answered HTTP ${status}`;
  const init = { status, service: 'google' as const, message: shortMessage(failure.redact(text)), ...(code ? { code } : {}) };
  const retryAfterMs = parseRetryAfterMs(failure.headers.get('retry-after'));
  const wait = retryAfterMs === undefined ? {} : { retryAfterMs };

  if (status === 401) return new AuthExpiredError(init);
  if (status === 403) {
    const challenged = scopesFromChallenge(failure.headers);
    if (challenged !== undefined || reason === 'insufficientPermissions') {
      return new MissingScopeError({ ...init, scopes: challenged?.length ? challenged : [...(failure.requiredScopes ?? [])] });
    }
    if (reason === 'rateLimitExceeded' || reason === 'userRateLimitExceeded') return new RateLimitedError({ ...init, ...wait });
    return new ForbiddenError(init);
  }
  if (status === 404) return new NotFoundError(init);
  if (status === 429) return new RateLimitedError({ ...init, ...wait });
  if (status >= 500) return new ServerError({ ...init, ...wait });
  return new BadRequestError(init);
}
