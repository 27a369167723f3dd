import type { HostModule, SandboxContext } from './host';
import type { World } from './world';

/**
 * Hostnames that are APIs even when their module does not say so (HostModule.isApi). Random
 * faults (latency, errorRate) hit only APIs: pages stay usable in a flaky-API scenario.
 */
const KNOWN_API_HOSTS = new Set([
  'api.hubapi.com',
  'admin.googleapis.com',
  'oauth2.googleapis.com',
  'www.googleapis.com',
  'graph.microsoft.com',
]);

export function isApiHost(module: HostModule, host: string): boolean {
  return module.isApi ?? KNOWN_API_HOSTS.has(host);
}

/** Runtime key for the per-rule hit counters of `faults.failOn` (reset by PUT /state). */
const FAIL_ON_COUNTS = 'core:failOnCounts';

/**
 * The status of the first `faults.failOn` rule that matches this request, counting the hit
 * against the rule's `times` budget; undefined when no rule (with budget left) matches.
 */
export function matchFailOn(world: World, method: string, url: URL): number | undefined {
  const rules = world.scenario.faults?.failOn ?? [];
  const counts = world.scratch(FAIL_ON_COUNTS, () => new Map<number, number>());
  for (const [index, rule] of rules.entries()) {
    if (rule.host.toLowerCase() !== url.hostname) continue;
    if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
    if (rule.path && !url.pathname.startsWith(rule.path)) continue;
    const used = counts.get(index) ?? 0;
    if (rule.times !== undefined && used >= rule.times) continue;
    counts.set(index, used + 1);
    return rule.status;
  }
  return undefined;
}

/** A random 500/502/503 at the scenario's errorRate, or undefined. */
export function rollErrorRate(world: World, random: () => number): number | undefined {
  const rate = world.scenario.faults?.errorRate ?? 0;
  if (rate <= 0 || random() >= rate) return undefined;
  const statuses = [500, 502, 503] as const;
  return statuses[Math.floor(random() * statuses.length)] ?? 500;
}

const HUBSPOT_CATEGORY: Record<number, string> = {
  400: 'VALIDATION_ERROR', 401: 'INVALID_AUTHENTICATION', 403: 'MISSING_SCOPES', 404: 'OBJECT_NOT_FOUND',
  409: 'CONFLICT', 429: 'RATE_LIMITS',
};
const GOOGLE_STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE',
};
const GRAPH_CODE: Record<number, string> = {
  400: 'BadRequest', 401: 'InvalidAuthenticationToken', 403: 'Authorization_RequestDenied',
  404: 'Request_ResourceNotFound', 409: 'Conflict', 429: 'TooManyRequests', 500: 'generalException',
  503: 'serviceNotAvailable',
};

/**
 * The injected fault in the provider's documented error shape, for modules that do not bring
 * their own `faultResponse`. 429 and 503 carry Retry-After, as Graph sends it.
 */
export function defaultFaultResponse(status: number, ctx: SandboxContext): Response {
  const host = ctx.url.hostname;
  const message = `Injected fault: HTTP ${status} from the sandbox scenario`;
  const requestId = crypto.randomUUID();
  let body: unknown;
  if (host.endsWith('hubapi.com') || host.endsWith('hubspot.com')) {
    body = { status: 'error', message, correlationId: requestId, category: HUBSPOT_CATEGORY[status] ?? 'INTERNAL_ERROR' };
  } else if (host.endsWith('googleapis.com') || host.endsWith('google.com')) {
    const googleStatus = GOOGLE_STATUS[status] ?? 'UNAVAILABLE';
    body = { error: { code: status, message, status: googleStatus, errors: [{ message, domain: 'global', reason: 'backendError' }] } };
  } else if (host === 'graph.microsoft.com') {
    const date = ctx.world.now().toISOString().slice(0, 19);
    body = { error: { code: GRAPH_CODE[status] ?? 'serviceNotAvailable', message, innerError: { date, 'request-id': requestId, 'client-request-id': requestId } } };
  } else if (host.startsWith('login.')) {
    body = { error: status >= 500 ? 'temporarily_unavailable' : 'invalid_request', error_description: message };
  } else {
    body = { error: message, status };
  }
  const headers = new Headers({ 'content-type': 'application/json;charset=utf-8' });
  if (status === 429 || status === 503) headers.set('retry-after', '1');
  return new Response(JSON.stringify(body), { status, headers });
}
