import type { World } from './world';

/**
 * The malformed-body fault, `scenario.x.malformedOn`: a successful answer whose JSON body is cut
 * in half, as a proxy or a dropped connection leaves it. Status and headers stay those of the
 * real answer (a 200 with `content-type: application/json`), so only parsing the body fails.
 *
 *   "x": { "malformedOn": [{ "host": "api.hubapi.com", "path": "/settings/v3/users/", "exact": true, "skip": 2, "times": 1 }] }
 *
 * - `host` (required), `method` (optional, any case), `path` (optional prefix of the path, or the
 *   whole path with `exact: true`).
 * - `skip`: this many matching successful answers go out intact first (default 0), so a fault can
 *   hit the third page of a list rather than the first.
 * - `times`: how many answers are cut (default: every one after `skip`).
 * Only 2xx answers match and count. Counters live in world scratch: PUT /state resets them, as it
 * does for `faults.failOn`. Lives under `x` because the shared scenario schema has no such fault.
 */
export interface MalformedRule {
  host: string;
  method?: string;
  path?: string;
  exact?: boolean;
  skip?: number;
  times?: number;
}

const COUNTS = 'core:malformedOnCounts';

/** The scenario's `x.malformedOn` rules; entries without a host are ignored (x is free-form). */
export function malformedRules(x: Record<string, unknown> | undefined): MalformedRule[] {
  const rules = x?.malformedOn;
  if (!Array.isArray(rules)) return [];
  return rules.filter((rule): rule is MalformedRule => typeof rule === 'object' && rule !== null && typeof (rule as MalformedRule).host === 'string');
}

function matches(rule: MalformedRule, method: string, url: URL): boolean {
  if (rule.host.toLowerCase() !== url.hostname) return false;
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.path === undefined) return true;
  return rule.exact ? url.pathname === rule.path : url.pathname.startsWith(rule.path);
}

/** Whether this successful answer is to be cut: the first matching rule decides and counts it. */
export function takeMalformedHit(world: World, method: string, url: URL): boolean {
  const rules = malformedRules(world.scenario.x);
  if (rules.length === 0) return false;
  const counts = world.scratch(COUNTS, () => new Map<number, number>());
  for (const [index, rule] of rules.entries()) {
    if (!matches(rule, method, url)) continue;
    const seen = counts.get(index) ?? 0;
    counts.set(index, seen + 1);
    const skip = rule.skip ?? 0;
    if (seen < skip) return false;
    return rule.times === undefined || seen - skip < rule.times;
  }
  return false;
}

/** The same answer with the first half of its body only (at least one character cut). */
export async function truncateBody(response: Response): Promise<Response> {
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(text.slice(0, Math.floor(text.length / 2)), { status: response.status, statusText: response.statusText, headers });
}

/** The sandbox core's hook: answers a matching 2xx with a truncated body, anything else as is. */
export async function applyMalformedOn(world: World, method: string, url: URL, response: Response): Promise<Response> {
  if (response.status < 200 || response.status > 299) return response;
  return takeMalformedHit(world, method, url) ? truncateBody(response) : response;
}
