import { json } from './http';

/**
 * Google's error answers. JSON APIs (Admin SDK, Gmail) use
 * `{error:{code, message, errors:[{message, domain, reason}], status}}`; the OAuth endpoints use
 * RFC 6749/7009 `{error, error_description}` (providers.md §1, §1b).
 */

const STATUS_NAME: Record<number, string> = {
  400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 502: 'UNAVAILABLE', 503: 'UNAVAILABLE',
};

const REASON: Record<number, string> = {
  400: 'invalid', 401: 'authError', 403: 'forbidden', 404: 'notFound', 429: 'rateLimitExceeded',
  500: 'backendError', 502: 'backendError', 503: 'backendError',
};

export interface GoogleErrorItem {
  message: string;
  domain: string;
  reason: string;
  location?: string;
  locationType?: string;
}

export function googleApiError(status: number, message: string, item: Partial<GoogleErrorItem> = {}): Response {
  const detail: GoogleErrorItem = { message, domain: 'global', reason: REASON[status] ?? 'backendError', ...item };
  return json(status, { error: { code: status, message, errors: [detail], status: STATUS_NAME[status] ?? 'UNKNOWN' } });
}

/** No, unknown, expired or revoked bearer token. */
export function invalidCredentials(): Response {
  return googleApiError(
    401,
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
    { message: 'Invalid Credentials', reason: 'authError', location: 'Authorization', locationType: 'header' },
  );
}

/** A valid token that lacks every scope the method accepts. */
export function insufficientScopes(): Response {
  return googleApiError(403, 'Request had insufficient authentication scopes.', {
    message: 'Insufficient Permission', reason: 'insufficientPermissions',
  });
}

export function notAuthorized(): Response {
  return googleApiError(403, 'Not Authorized to access this resource/api', { reason: 'forbidden' });
}

export function resourceNotFound(what: string): Response {
  return googleApiError(404, `Resource Not Found: ${what}`, { reason: 'notFound' });
}

/** The OAuth endpoints' RFC 6749 error body. */
export function oauthError(status: number, error: string, description: string): Response {
  return json(status, { error, error_description: description });
}

/** An injected scenario fault (failOn/errorRate) in the shape of the host that was hit. */
export function googleFault(status: number, oauthHost: boolean): Response {
  const message = `Injected fault: HTTP ${status} from the sandbox scenario`;
  const response = oauthHost
    ? oauthError(status, status >= 500 ? 'internal_failure' : 'invalid_request', message)
    : googleApiError(status, message);
  if (status === 429 || status === 503) response.headers.set('retry-after', '1');
  return response;
}
