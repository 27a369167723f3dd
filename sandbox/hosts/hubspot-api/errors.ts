/**
 * HubSpot's answers: JSON bodies and the `Error` schema shared by every HubSpot spec
 * (hubspot.md §6: `{status?, message, correlationId, category, subCategory?, context?, links?, errors?}`).
 */

/** One entry of `Error.errors[]` (contract schema ErrorDetail). */
export interface ErrorDetail {
  message: string;
  in?: string;
  code?: string;
  subCategory?: string;
  context?: Record<string, string[]>;
}

/** Optional members of the Error shape, plus provider extras (e.g. OAuth's `error`, `error_description`). */
export interface ErrorExtras {
  subCategory?: string;
  context?: Record<string, string[]>;
  links?: Record<string, string>;
  errors?: ErrorDetail[];
  [extra: string]: unknown;
}

const JSON_TYPE = 'application/json;charset=utf-8';

/** A JSON answer. HubSpot sends `application/json;charset=utf-8`. */
export function jsonResponse(status: number, body: unknown, headers?: HeadersInit): Response {
  const all = new Headers(headers);
  all.set('content-type', JSON_TYPE);
  return new Response(JSON.stringify(body), { status, headers: all });
}

/** 204 No Content, as HubSpot answers DELETE. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** An answer in HubSpot's Error shape, with a fresh correlationId (a UUID, as the schema's format says). */
export function errorResponse(
  status: number,
  category: string,
  message: string,
  extra: ErrorExtras = {},
  headers?: HeadersInit,
): Response {
  const body = { status: 'error', message, correlationId: crypto.randomUUID(), category, ...extra };
  return jsonResponse(status, body, headers);
}

export const notFound = (message: string): Response => errorResponse(404, 'OBJECT_NOT_FOUND', message);

export const validationError = (message: string, errors?: ErrorDetail[]): Response =>
  errorResponse(400, 'VALIDATION_ERROR', message, errors ? { errors } : {});

export const conflict = (message: string): Response => errorResponse(409, 'CONFLICT', message);

/** Categories for statuses injected by scenario faults (failOn/errorRate) when no handler chose one. */
const FAULT_CATEGORY: Record<number, string> = {
  400: 'VALIDATION_ERROR',
  401: 'INVALID_AUTHENTICATION',
  403: 'MISSING_SCOPES',
  404: 'OBJECT_NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITS',
  500: 'INTERNAL_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

export function faultCategory(status: number): string {
  return FAULT_CATEGORY[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_ERROR');
}
