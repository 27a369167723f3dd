import type { HostModule, SandboxContext } from '../core/host';
import { heldCalls, releaseHeld } from '../core/slow-fault';
import { parseScenario, ScenarioError } from '../core/validate-scenario';

/**
 * https://sandbox.test: the control API that tests and the start script use to read and replace
 * the world and to read the request log. Not a stand-in for anything real.
 *
 *   GET /state            the current world as scenario JSON (with every change made so far)
 *   PUT /state            replace the world (validated; 400 names the offending field)
 *   GET /requests[?since=N] the request log (entries with seq > N), newest last
 *   GET /held             calls x.slowOn is holding right now (in flight, not yet handled), oldest first
 *   POST /held/release[?id=N] let the held call N (or every held call) go on now: {released}
 */
export const sandboxTestHost: HostModule = {
  hosts: ['sandbox.test'],
  async handle(request, ctx) {
    const route = `${request.method} ${ctx.url.pathname}`;
    switch (route) {
      case 'GET /':
        return json({ endpoints: ['GET /state', 'PUT /state', 'GET /requests?since=<seq>', 'GET /held', 'POST /held/release?id=<id>'] });
      case 'GET /state':
        return json(ctx.world.scenario);
      case 'PUT /state':
        return replaceState(request, ctx);
      case 'GET /requests':
        return requests(ctx);
      case 'GET /held':
        return json(heldCalls(ctx.world));
      case 'POST /held/release':
        return release(ctx);
      default:
        return ['/', '/state', '/requests', '/held', '/held/release'].includes(ctx.url.pathname)
          ? json({ error: `method ${request.method} not allowed on ${ctx.url.pathname}` }, 405)
          : json({ error: `no route ${route}` }, 404);
    }
  },
};

async function replaceState(request: Request, ctx: SandboxContext): Promise<Response> {
  try {
    const scenario = parseScenario(await request.text(), 'PUT /state');
    ctx.world.replace(scenario);
    return json({ ok: true, name: scenario.name ?? null });
  } catch (error) {
    if (error instanceof ScenarioError) return json({ error: error.message, problems: error.problems }, 400);
    throw error;
  }
}

function requests(ctx: SandboxContext): Response {
  const sinceParam = ctx.url.searchParams.get('since');
  const since = sinceParam === null ? 0 : Number(sinceParam);
  if (!Number.isInteger(since) || since < 0) {
    return json({ error: `since must be a non-negative integer, got ${JSON.stringify(sinceParam)}` }, 400);
  }
  return json(ctx.world.requests.filter((entry) => entry.seq > since));
}

function release(ctx: SandboxContext): Response {
  const idParam = ctx.url.searchParams.get('id');
  const id = idParam === null ? undefined : Number(idParam);
  if (id !== undefined && (!Number.isInteger(id) || id < 1)) {
    return json({ error: `id must be a positive integer, got ${JSON.stringify(idParam)}` }, 400);
  }
  return json({ released: releaseHeld(ctx.world, id) });
}

function json(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { 'content-type': 'application/json;charset=utf-8', 'cache-control': 'no-store' },
  });
}
