import type { HostModule, SandboxContext } from '../../core/host';
import { countDailyUsage } from './account-info';
import { authenticate, bearerToken } from './auth';
import { errorResponse, faultCategory, validationError } from './errors';
import { handlerFor } from './handlers';
import { readParams } from './params';
import { rateLimitedResponse, takeRateSlot } from './rate-limit';
import { matchRoute } from './router';

/**
 * api.hubapi.com: HubSpot's public API as the sandbox serves it, derived from `world.scenario` on
 * every request (see README.md). Order: rate limit (every answer carries its headers) → route
 * (404/405) → authentication and scopes (401/403) → parameters (400) → endpoint handler.
 */
async function answer(request: Request, ctx: SandboxContext): Promise<Response> {
  const { world, url } = ctx;
  const route = matchRoute(request.method, url.pathname);
  if (route.kind === 'not-found') {
    return errorResponse(404, 'OBJECT_NOT_FOUND', `Unable to route ${request.method} request to ${url.pathname}`);
  }
  if (route.kind === 'method-not-allowed') {
    return errorResponse(405, 'METHOD_NOT_ALLOWED', `${request.method} is not supported on ${url.pathname}`, {}, { allow: route.allow.join(', ') });
  }
  const auth = authenticate(world, request, route.endpoint);
  if (!auth.ok) return auth.response;
  const params = readParams(route.endpoint, url, route.pathParams);
  if (!params.ok) return validationError(params.errors.map((error) => error.message).join('; '), params.errors);
  const handler = handlerFor(route.endpoint);
  if (!handler) return errorResponse(501, 'NOT_IMPLEMENTED', `${route.endpoint.method} ${route.endpoint.path} is not served by the sandbox`);
  try {
    return await handler({ world, request, url, endpoint: route.endpoint, params: params.values, token: auth.token });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return errorResponse(500, 'INTERNAL_ERROR', `Sandbox error: ${reason}`);
  }
}

async function handle(request: Request, ctx: SandboxContext): Promise<Response> {
  const rate = takeRateSlot(ctx.world, bearerToken(request) ?? 'anonymous');
  if (!rate.allowed) return rateLimitedResponse(rate.headers);
  countDailyUsage(ctx.world);
  const response = await answer(request, ctx);
  for (const [name, value] of Object.entries(rate.headers)) response.headers.set(name, value);
  return response;
}

/** Injected faults (scenario `faults.failOn` / `errorRate`) answered in HubSpot's own shapes. */
function faultResponse(status: number, _ctx: SandboxContext): Response {
  if (status === 429) return rateLimitedResponse({ 'X-HubSpot-RateLimit-Interval-Milliseconds': '10000' });
  return errorResponse(status, faultCategory(status), `Injected fault: HTTP ${status} from the sandbox scenario`);
}

export const hubspotApiHost: HostModule = {
  hosts: ['api.hubapi.com'],
  isApi: true,
  handle,
  faultResponse,
};
