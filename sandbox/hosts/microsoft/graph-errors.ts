import type { World } from '../../core/world';
import { json } from '../google/http';

/**
 * Graph's OData error body `{error:{code, message, innerError:{'request-id', date, ...}}}`
 * (providers.md §10); clients must branch on `code`.
 */

function innerError(world: World): Record<string, string> {
  const id = crypto.randomUUID();
  return { date: world.now().toISOString().slice(0, 19), 'request-id': id, 'client-request-id': id };
}

export function graphError(world: World, status: number, code: string, message: string, headers?: HeadersInit): Response {
  return json(status, { error: { code, message, innerError: innerError(world) } }, headers);
}

export const accessDenied = (world: World): Response =>
  graphError(world, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');

export const resourceNotFound = (world: World, id: string): Response =>
  graphError(world, 404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);

export const badRequest = (world: World, message: string): Response =>
  graphError(world, 400, 'Request_BadRequest', message);

export function invalidToken(world: World, message: string): Response {
  return graphError(world, 401, 'InvalidAuthenticationToken', message, {
    'www-authenticate': 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
  });
}

/** §10: 429 with Retry-After in seconds and the documented TooManyRequests body. */
export function tooManyRequests(world: World, retryAfterSeconds: number): Response {
  const inner = { code: '429', date: world.now().toISOString().slice(0, 19), message: 'Please retry after', 'request-id': crypto.randomUUID(), status: '429' };
  return json(429, { error: { code: 'TooManyRequests', innerError: inner, message: 'Please retry again later.' } }, {
    'retry-after': String(retryAfterSeconds),
    'x-ms-throttle-scope': 'Tenant_Application/ReadWrite/sandbox',
    'x-ms-throttle-information': 'ResourceUnitLimitExceeded',
  });
}

const FAULT_CODE: Record<number, string> = {
  400: 'BadRequest', 401: 'InvalidAuthenticationToken', 403: 'Authorization_RequestDenied', 404: 'Request_ResourceNotFound',
  409: 'Conflict', 500: 'generalException', 502: 'serviceNotAvailable', 503: 'serviceNotAvailable', 504: 'gatewayTimeout',
};

/** A scenario-injected fault (failOn/errorRate) in Graph's shape; 429 as throttling. */
export function graphFault(world: World, status: number): Response {
  if (status === 429) return tooManyRequests(world, 1);
  const headers: HeadersInit = status === 503 ? { 'retry-after': '1' } : {};
  return graphError(world, status, FAULT_CODE[status] ?? 'generalException', `Injected fault: HTTP ${status} from the sandbox scenario`, headers);
}
