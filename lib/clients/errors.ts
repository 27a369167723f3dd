/**
 * Typed errors of the API clients. Callers branch on the class (`instanceof`), never on the
 * message. Messages and fields are built from the provider's error JSON with every secret the
 * request used redacted (see http.ts), so an error can be logged, shown or exported safely.
 */
export type Service = 'hubspot' | 'google' | 'microsoft';

export interface ApiErrorInit {
  status: number;
  service: Service;
  message: string;
  /** HubSpot correlationId, Google/Graph request id: what support asks for. */
  correlationId?: string;
  /** The provider's machine-readable code: HubSpot category, Google status/reason, Graph error.code. */
  code?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly service: Service;
  readonly correlationId?: string;
  readonly code?: string;

  constructor(init: ApiErrorInit) {
    super(init.message);
    // Literal names in each subclass (below), not new.target.name: the production build
    // minifies class names, and sync recognises errors by name.
    this.name = 'ApiError';
    this.status = init.status;
    this.service = init.service;
    if (init.correlationId !== undefined) this.correlationId = init.correlationId;
    if (init.code !== undefined) this.code = init.code;
  }

  /** What JSON.stringify shows: the message (not enumerable on Error) and the typed fields. */
  toJSON(): Record<string, unknown> {
    const fields = { ...this } as Record<string, unknown>;
    delete fields.stack;
    return { ...fields, name: this.name, message: this.message };
  }
}

/** The token expired (HubSpot EXPIRED_AUTHENTICATION, Google 401, Graph "token is expired"): refresh it. */
export class AuthExpiredError extends ApiError {
  override name = 'AuthExpiredError';
}

/** Any other 401: unknown, revoked or missing token. Refreshing will not help; sign in again. */
export class UnauthorizedError extends ApiError {
  override name = 'UnauthorizedError';
}

/** 403 because the token lacks a scope; `scopes` names the one(s) that would do. */
export class MissingScopeError extends ApiError {
  override name = 'MissingScopeError';
  readonly scopes: string[];
  constructor(init: ApiErrorInit & { scopes: string[] }) {
    super(init);
    this.scopes = [...init.scopes];
  }
}

/** 403 without a scope to blame: the signed-in person lacks the role (e.g. not an admin). */
export class ForbiddenError extends ApiError {
  override name = 'ForbiddenError';
}

export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}

/** Other refused requests (400, 409, 422...): retrying the same request will not help. */
export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
}

export class RateLimitedError extends ApiError {
  override name = 'RateLimitedError';
  /** How long to wait before retrying, when the answer says (Retry-After or HubSpot's policy). */
  readonly retryAfterMs?: number;
  /** HubSpot's policyName: TEN_SECONDLY_ROLLING, SECONDLY or DAILY. */
  readonly policyName?: string;
  constructor(init: ApiErrorInit & { retryAfterMs?: number; policyName?: string }) {
    super(init);
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.policyName !== undefined) this.policyName = init.policyName;
  }
}

/** 5xx. Graph's 503 may say when to come back. */
export class ServerError extends ApiError {
  override name = 'ServerError';
  readonly retryAfterMs?: number;
  constructor(init: ApiErrorInit & { retryAfterMs?: number }) {
    super(init);
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
  }
}

/**
 * A 2xx answer we cannot use: not JSON, or not the shape we read. `problems` names the failing
 * paths and what was expected there, never the values (they could be personal data or tokens).
 */
export class MalformedResponseError extends ApiError {
  override name = 'MalformedResponseError';
  readonly problems: string[];
  constructor(init: ApiErrorInit & { problems: string[] }) {
    super(init);
    this.problems = [...init.problems];
  }
}

/** fetch itself failed (offline, DNS, TLS, connection reset): the UI can say "offline". */
export class NetworkError extends ApiError {
  override name = 'NetworkError';
  constructor(service: Service, message: string) {
    super({ status: 0, service, message });
  }
}
