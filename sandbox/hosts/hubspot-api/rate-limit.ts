import type { Scenario } from '../../core/scenario';
import type { World } from '../../core/world';
import { jsonResponse } from './errors';

/**
 * HubSpot's ten-second rolling limit (hubspot.md §6), per token: a sliding window of request
 * times kept in world scratch (reset by PUT /state). Every answer carries the X-HubSpot-RateLimit
 * headers; over the limit the answer is the documented 429 body. HubSpot documents no
 * Retry-After header, so none is sent: clients wait out the 10 s window (the official SDK does).
 */
export const RATE_WINDOW_MS = 10_000;

/** `faults.rateLimitPer10s`, else by tier: Free/Starter 100, Professional/Enterprise 190 (§6, private distribution). */
export function rateLimitMax(scenario: Scenario): number {
  const override = scenario.faults?.rateLimitPer10s;
  if (override !== undefined) return override;
  const tier = scenario.portal.tier ?? 'professional';
  return tier === 'free' || tier === 'starter' ? 100 : 190;
}

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

const WINDOWS = 'hubspot-api:rate-windows';

/** Counts one request for `key` (the bearer token, or "anonymous") unless it is over the limit. */
export function takeRateSlot(world: World, key: string): RateDecision {
  const windows = world.scratch(WINDOWS, () => new Map<string, number[]>());
  const now = world.now().getTime();
  const max = rateLimitMax(world.scenario);
  const recent = (windows.get(key) ?? []).filter((at) => at > now - RATE_WINDOW_MS);
  const allowed = recent.length < max;
  // Refused requests do not count, so a client that backs off recovers exactly 10 s after its burst.
  if (allowed) recent.push(now);
  windows.set(key, recent);
  return {
    allowed,
    headers: {
      'X-HubSpot-RateLimit-Interval-Milliseconds': String(RATE_WINDOW_MS),
      'X-HubSpot-RateLimit-Max': String(max),
      'X-HubSpot-RateLimit-Remaining': String(Math.max(0, max - recent.length)),
    },
  };
}

/**
 * The documented 429 body. `category: "RATE_LIMITS"` is the older form seen in recorded answers
 * (§6); it is kept because the contract's Error schema requires a category.
 */
export function rateLimitedResponse(headers: Record<string, string>): Response {
  const correlationId = crypto.randomUUID();
  return jsonResponse(
    429,
    {
      status: 'error',
      message: 'You have reached your ten_secondly_rolling limit.',
      errorType: 'RATE_LIMIT',
      correlationId,
      policyName: 'TEN_SECONDLY_ROLLING',
      requestId: crypto.randomUUID(),
      category: 'RATE_LIMITS',
    },
    headers,
  );
}
