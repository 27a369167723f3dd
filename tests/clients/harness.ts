import { createSandbox, type Sandbox } from '../../sandbox/core/sandbox';
import type { Scenario } from '../../sandbox/core/scenario';
import demo from '../../sandbox/scenarios/demo.json';
import fixture from '../sandbox/hubspot-api/fixtures/scenario.json';

/**
 * The real sandbox core in-process: clients get a `fetch` that hands each request to
 * `sandbox.handle`, so no HTTP mock stands between a client and the API it talks to.
 */
export const demoScenario = (): Scenario => structuredClone(demo) as Scenario;
export const fixtureScenario = (): Scenario => structuredClone(fixture) as Scenario;

export interface Exchange { request: Request; response: Response }

export interface Harness {
  sandbox: Sandbox;
  fetch: typeof fetch;
  /** Every request the client sent, with the answer it got (both cloned, bodies unread). */
  exchanges: Exchange[];
}

export function harness(scenario: Scenario, options: { random?: () => number } = {}): Harness {
  const sandbox = createSandbox(scenario, options.random ? { random: options.random } : {});
  const exchanges: Exchange[] = [];
  const sandboxFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const copy = request.clone();
    const response = await sandbox.handle(request);
    exchanges.push({ request: copy, response: response.clone() });
    return response;
  };
  return { sandbox, fetch: sandboxFetch, exchanges };
}

/** Statuses of the HubSpot API requests the sandbox logged. */
export function statuses(sandbox: Sandbox, host = 'api.hubapi.com'): number[] {
  return sandbox.world.requests.filter((entry) => entry.host === host).map((entry) => entry.status);
}

/** A seeded random (mulberry32), so errorRate faults and jitter repeat exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Settles a promise that waits on fake timers. Real work (the sandbox reading bodies, WebCrypto)
 * runs on real macrotasks, so let those finish first; only when nothing but fake timers is left
 * jump to the next one. Fake time therefore moves only while the code under test is waiting.
 */
export async function drive<T>(promise: Promise<T>, timers: { count(): number; next(): Promise<unknown> }): Promise<T> {
  let settled = false;
  const watched = promise.finally(() => { settled = true; });
  watched.catch(() => undefined);
  while (!settled) {
    for (let i = 0; i < 5 && !settled; i++) await new Promise((resolve) => setImmediate(resolve));
    if (!settled && timers.count() > 0) await timers.next();
  }
  return watched;
}
