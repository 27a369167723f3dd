import type { World } from '../../core/world';

/**
 * Scenario-driven Graph throttling (providers.md §10), set as `scenario.x.graphThrottle`:
 * `true`, or `{ retryAfter?: number (seconds, may be fractional; default 2.128),
 * times?: number (how many requests get 429; default every one), path?: string (path prefix
 * under /v1.0, e.g. "/oauth2PermissionGrants"), method?: string }`.
 * Generic `faults.failOn` rules with status 429 also answer in Graph's shape (graphFault).
 */
interface ThrottleRule { retryAfter?: number; times?: number; path?: string; method?: string }

function rule(world: World): ThrottleRule | undefined {
  const raw = world.scenario.x?.graphThrottle;
  if (raw === true) return {};
  if (raw && typeof raw === 'object') return raw as ThrottleRule;
  return undefined;
}

/** Seconds to put in Retry-After when this request is throttled, else undefined. */
export function throttleFor(world: World, method: string, path: string): number | undefined {
  const active = rule(world);
  if (!active) return undefined;
  if (active.method && active.method.toUpperCase() !== method.toUpperCase()) return undefined;
  if (active.path && !path.startsWith(active.path)) return undefined;
  const counter = world.scratch('microsoft-graph-throttle', () => ({ hits: 0 }));
  if (active.times !== undefined && counter.hits >= active.times) return undefined;
  counter.hits += 1;
  return active.retryAfter ?? 2.128;
}
