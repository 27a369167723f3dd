import { setTimeout as sleep } from 'node:timers/promises';
import { hostModules } from '../hosts/index';
import { defaultFaultResponse, isApiHost, matchFailOn, rollErrorRate } from './faults';
import type { HostModule, SandboxContext } from './host';
import { applyMalformedOn } from './malformed-fault';
import type { Scenario } from './scenario';
import { hold, slowDelayMs } from './slow-fault';
import { World } from './world';

/** The host of the sandbox's own control API; its traffic is never logged nor faulted. */
export const CONTROL_HOST = 'sandbox.test';

export interface SandboxOptions {
  /** Host modules to serve; defaults to every registered module (sandbox/hosts/index.ts). */
  modules?: readonly HostModule[];
  /** Random source for errorRate faults, injectable so tests are deterministic. */
  random?: () => number;
  /** Called with each logged request, e.g. the CLI's --verbose output. */
  onRequest?: (line: string) => void;
}

export interface Sandbox {
  world: World;
  /** Every hostname served, sorted. */
  hosts: string[];
  handle(request: Request): Promise<Response>;
}

const LOGGED_BODY_BYTES = 2048;

/**
 * The sandbox core: one World and a Request → Response function that routes by the URL's host,
 * injects the scenario's faults and records the traffic. No sockets here (see ../server.ts).
 */
export function createSandbox(scenario: Scenario, options: SandboxOptions = {}): Sandbox {
  const modules = options.modules ?? hostModules;
  const random = options.random ?? Math.random;
  const world = new World(scenario);
  const byHost = new Map<string, HostModule>();
  for (const module of modules) {
    for (const host of module.hosts) {
      const owner = byHost.get(host);
      if (owner && owner !== module) throw new Error(`sandbox: two host modules claim ${host}`);
      byHost.set(host, module);
    }
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const host = url.hostname;
    const module = byHost.get(host);
    if (host === CONTROL_HOST && module) return dispatch(module, request, { world, url });

    const body = await bodySnippet(request);
    const response = module
      ? await answer(module, request, { world, url })
      : new Response(`sandbox: no host module serves ${host}`, { status: 404 });
    world.log({ method: request.method, host, path: url.pathname, query: url.search.slice(1), status: response.status, ...(body === undefined ? {} : { body }) });
    options.onRequest?.(`${response.status} ${request.method} ${host}${url.pathname}${url.search}`);
    return response;
  }

  async function answer(module: HostModule, request: Request, ctx: SandboxContext): Promise<Response> {
    const api = isApiHost(module, ctx.url.hostname);
    const latency = world.scenario.faults?.latencyMs ?? 0;
    if (api && latency > 0) await sleep(latency);
    // Optional x.slowOn fault (slow-fault.ts): this one call held before its host handles it,
    // listed at sandbox.test/held meanwhile and released early on request.
    const held = slowDelayMs(world, request.method, ctx.url);
    if (held > 0) await hold(world, request.method, ctx.url, held);
    const faultStatus = matchFailOn(world, request.method, ctx.url) ?? (api ? rollErrorRate(world, random) : undefined);
    if (faultStatus !== undefined) {
      return module.faultResponse ? module.faultResponse(faultStatus, ctx) : defaultFaultResponse(faultStatus, ctx);
    }
    // Optional x.malformedOn fault (malformed-fault.ts): a matching 2xx answer with its body cut in half.
    return applyMalformedOn(world, request.method, ctx.url, await dispatch(module, request, ctx));
  }

  return { world, hosts: [...byHost.keys()].sort(), handle };
}

/** Runs a module's handler; a throw becomes a 500 that says which module failed, and why. */
async function dispatch(module: HostModule, request: Request, ctx: SandboxContext): Promise<Response> {
  try {
    return await module.handle(request, ctx);
  } catch (error) {
    console.error(`sandbox: ${request.method} ${ctx.url.href} failed:`, error);
    const reason = error instanceof Error ? error.message : String(error);
    return new Response(`sandbox: the ${ctx.url.hostname} module failed on ${request.method} ${ctx.url.pathname}: ${reason}`, {
      status: 500,
      headers: { 'content-type': 'text/plain;charset=utf-8' },
    });
  }
}

/** The first 2 KB of a JSON or form body, for request-log assertions; undefined otherwise. */
async function bodySnippet(request: Request): Promise<string | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD' || !request.body) return undefined;
  const type = request.headers.get('content-type') ?? '';
  if (!/json|x-www-form-urlencoded/i.test(type)) return undefined;
  const text = await request.clone().text();
  return text.length > LOGGED_BODY_BYTES ? text.slice(0, LOGGED_BODY_BYTES) : text;
}
