import type { World } from './world';

/**
 * The slow-answer fault, `scenario.x.slowOn`: a matching request is held for `ms` before its host
 * handles it, so the world changes (and the request is logged) only after the wait. A test can
 * then act while one particular call is in flight — terminate the worker, restart the browser —
 * and the call still lands afterwards, as a slow provider's does after the client stopped waiting.
 * `faults.latencyMs` cannot do this: it slows every API call, sign-ins and syncs included.
 *
 *   "x": { "slowOn": [{ "host": "admin.googleapis.com", "method": "DELETE", "path": "/admin/directory/v1/users/", "ms": 5000 }] }
 *
 * - `host` and `ms` (≥ 0) required; `method` optional (any case); `path` optional prefix of the
 *   path as sent (still percent-encoded, e.g. `%40` for `@`).
 * - The first matching rule decides; it applies to pages as well as APIs (it names its host).
 * Lives under `x` because the shared scenario schema has no such fault.
 */
export interface SlowRule {
  host: string;
  method?: string;
  path?: string;
  ms: number;
}

/** The scenario's `x.slowOn` rules; malformed entries are ignored (x is free-form). */
export function slowRules(x: Record<string, unknown> | undefined): SlowRule[] {
  const rules = x?.slowOn;
  if (!Array.isArray(rules)) return [];
  return rules.filter((rule): rule is SlowRule => {
    const candidate = rule as Partial<SlowRule> | null;
    return typeof candidate?.host === 'string' && typeof candidate.ms === 'number' && candidate.ms >= 0;
  });
}

/** How long this request is held: the first matching rule's `ms`, else 0. */
export function slowDelayMs(world: World, method: string, url: URL): number {
  for (const rule of slowRules(world.scenario.x)) {
    if (rule.host.toLowerCase() !== url.hostname) continue;
    if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
    if (rule.path !== undefined && !url.pathname.startsWith(rule.path)) continue;
    return rule.ms;
  }
  return 0;
}
