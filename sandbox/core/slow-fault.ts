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
 *   path as sent (still percent-encoded, e.g. `%40` for `@`), or the whole path with `exact: true`
 *   (so `/settings/v3/users/` leaves `/settings/v3/users/roles` alone).
 * - `skip`: this many matching requests go through unheld first (default 0), so the fourth page
 *   of a list can be the one in flight; `times`: how many are held (default: every one after
 *   `skip`). Counters live in world scratch: PUT /state resets them, as for `faults.failOn`.
 * - The first matching rule decides; it applies to pages as well as APIs (it names its host).
 * - While held, a call is listed by `GET https://sandbox.test/held`, and `POST /held/release`
 *   lets it go at once (see heldCalls / releaseHeld): a test waits for the call to be in flight
 *   instead of guessing with a sleep, and lets it land when it is ready, not when `ms` runs out.
 * Lives under `x` because the shared scenario schema has no such fault.
 */
export interface SlowRule {
  host: string;
  method?: string;
  path?: string;
  exact?: boolean;
  ms: number;
  skip?: number;
  times?: number;
}

/** A call the sandbox is holding right now (GET /held). */
export interface HeldCall {
  /** Unique per sandbox run; POST /held/release?id=<id> releases this one. */
  id: number;
  method: string;
  host: string;
  path: string;
  query: string;
  /** When the hold began (sandbox clock). */
  heldSince: string;
}

const COUNTS = 'core:slowOnCounts';

/** The scenario's `x.slowOn` rules; malformed entries are ignored (x is free-form). */
export function slowRules(x: Record<string, unknown> | undefined): SlowRule[] {
  const rules = x?.slowOn;
  if (!Array.isArray(rules)) return [];
  return rules.filter((rule): rule is SlowRule => {
    const candidate = rule as Partial<SlowRule> | null;
    return typeof candidate?.host === 'string' && typeof candidate.ms === 'number' && candidate.ms >= 0;
  });
}

function matches(rule: SlowRule, method: string, url: URL): boolean {
  if (rule.host.toLowerCase() !== url.hostname) return false;
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.path === undefined) return true;
  return rule.exact ? url.pathname === rule.path : url.pathname.startsWith(rule.path);
}

/** How long this request is held: the first matching rule's `ms` (0 while skipped or past `times`); counts it. */
export function slowDelayMs(world: World, method: string, url: URL): number {
  const counts = world.scratch(COUNTS, () => new Map<number, number>());
  for (const [index, rule] of slowRules(world.scenario.x).entries()) {
    if (!matches(rule, method, url)) continue;
    const seen = counts.get(index) ?? 0;
    counts.set(index, seen + 1);
    const skip = rule.skip ?? 0;
    if (seen < skip) return 0;
    return rule.times === undefined || seen - skip < rule.times ? rule.ms : 0;
  }
  return 0;
}

interface Holding extends HeldCall {
  release(): void;
}

/**
 * Calls being held, by id. Kept beside the world, not in its scratch: PUT /state replaces the
 * world while a call waits (a token expires mid-sync), and the call must stay visible and
 * releasable — it then lands in the new world, as a slow request does.
 */
const holdings = new WeakMap<World, Map<number, Holding>>();
let nextId = 0;

function holdingsOf(world: World): Map<number, Holding> {
  let map = holdings.get(world);
  if (!map) holdings.set(world, (map = new Map()));
  return map;
}

/** Holds the call for `ms`, or until released (POST /held/release), whichever comes first. */
export function hold(world: World, method: string, url: URL, ms: number): Promise<void> {
  const id = ++nextId;
  const calls = holdingsOf(world);
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      calls.delete(id);
      resolve();
    }
    calls.set(id, { id, method, host: url.hostname, path: url.pathname, query: url.search.slice(1), heldSince: world.now().toISOString(), release: done });
  });
}

/** The calls held right now, oldest first. */
export function heldCalls(world: World): HeldCall[] {
  return [...holdingsOf(world).values()].map(({ release: _release, ...call }) => call);
}

/** Lets the held call `id` (or, without an id, every held call) go on now; returns how many. */
export function releaseHeld(world: World, id?: number): number {
  const calls = [...holdingsOf(world).values()].filter((call) => id === undefined || call.id === id);
  for (const call of calls) call.release();
  return calls.length;
}
