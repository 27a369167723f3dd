import { describe, expect, it } from 'vitest';
import { MissingScopeError, RateLimitedError, ServerError } from '../../lib/clients/errors';
import { mapGoogleError } from '../../lib/clients/google/map-error';
import type { HttpFailure } from '../../lib/clients/http';
import { mapHubSpotError } from '../../lib/clients/hubspot/map-error';
import { parseRetryAfterMs } from '../../lib/clients/retry-after';

/** Error shapes the sandbox does not produce, taken from the references (hubspot.md §6, providers.md §10). */
const failure = (status: number, body: unknown, headers: Record<string, string> = {}): HttpFailure => ({
  service: 'hubspot', status, body, headers: new Headers(headers), redact: (text) => text,
});

describe('error mapping', () => {
  it('Retry-After: fractional seconds and HTTP dates', () => {
    expect(parseRetryAfterMs('2.128')).toBe(2128);
    expect(parseRetryAfterMs('10')).toBe(10_000);
    expect(parseRetryAfterMs('Wed, 21 Oct 2026 07:28:05 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(5_000);
    expect(parseRetryAfterMs('soon')).toBeUndefined();
    expect(parseRetryAfterMs(null)).toBeUndefined();
  });

  it('HubSpot SECONDLY waits 1 s; a 502 HTML page is a ServerError', () => {
    const secondly = mapHubSpotError(failure(429, { message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT', policyName: 'SECONDLY', correlationId: 'c' }));
    expect(secondly).toBeInstanceOf(RateLimitedError);
    expect((secondly as RateLimitedError).retryAfterMs).toBe(1000);
    expect(mapHubSpotError(failure(502, undefined))).toBeInstanceOf(ServerError);
  });

  it('Google: scopes from a WWW-Authenticate insufficient_scope challenge', () => {
    const error = mapGoogleError(failure(403, { error: { code: 403, message: 'Request had insufficient authentication scopes.', status: 'PERMISSION_DENIED' } }, {
      'www-authenticate': 'Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="https://www.googleapis.com/auth/gmail.metadata openid"',
    }));
    expect(error).toBeInstanceOf(MissingScopeError);
    expect((error as MissingScopeError).scopes).toEqual(['https://www.googleapis.com/auth/gmail.metadata', 'openid']);
  });
});
