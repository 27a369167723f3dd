import * as v from 'valibot';
import { ApiError, MalformedResponseError, NetworkError, type Service } from './errors';
import type { LimiterRegistry } from './rate-limiter';
import { redactSecrets, scrubError } from './redact';
import { DEFAULT_RETRY, withRetry, type RetryOptions } from './retry';

/**
 * The one place the clients touch the network: base URL, bearer auth from an injected
 * `getToken()` (asked on every attempt, so a refreshed token is picked up and no client keeps
 * one), the per-token rate limiter, retries, and answers checked against a valibot schema of
 * exactly the fields we read. Errors come from the service's `mapError`, with every secret the
 * request carried scrubbed out.
 */
export interface HttpFailure {
  service: Service;
  status: number;
  /** The error body as JSON, or undefined when it was not JSON (an HTML proxy page...). */
  body: unknown;
  headers: Headers;
  /** Scopes the endpoint needs, for a 403 whose body does not name them. */
  requiredScopes?: readonly string[];
  redact: (text: string) => string;
}

export type MapError = (failure: HttpFailure) => ApiError;

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

export interface HttpRequest {
  /** Names the call in messages; never the URL, which may carry a token. */
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the base URL... */
  path?: string;
  /** ...or absolute (a Graph nextLink); must share the base URL's origin. */
  url?: string;
  query?: Record<string, QueryValue>;
  json?: unknown;
  form?: Record<string, string>;
  /** Send the bearer token (default true). */
  auth?: boolean;
  /** Secrets other than the bearer token that this request carries (a token in the path). */
  secrets?: readonly string[];
  requiredScopes?: readonly string[];
  signal?: AbortSignal;
}

export interface HttpClientOptions {
  service: Service;
  baseUrl: string;
  getToken?: () => string | Promise<string>;
  mapError: MapError;
  fetch?: typeof fetch;
  limiters?: LimiterRegistry;
  retry?: Partial<Omit<RetryOptions, 'signal'>>;
}

export interface HttpClient {
  /** A JSON answer, validated; returns the schema's output. */
  json<S extends v.GenericSchema>(request: HttpRequest, schema: S): Promise<v.InferOutput<S>>;
  /** An answer whose body we do not read (204, or a 200 with an empty body). */
  empty(request: HttpRequest): Promise<void>;
}

/** `key=value` pairs; arrays repeat the key. `$` stays literal for OData's `$filter`. */
export function buildQuery(query: Record<string, QueryValue> = {}): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const name = encodeURIComponent(key).replace(/^%24/, '$');
    for (const item of Array.isArray(value) ? value : [value]) parts.push(`${name}=${encodeURIComponent(String(item))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.slice(0, 10).map((issue) => `${v.getDotPath(issue) ?? '(root)'}: expected ${issue.expected ?? issue.kind}`);
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const base = new URL(options.baseUrl);
  const retry = { ...DEFAULT_RETRY, ...options.retry };

  function urlOf(request: HttpRequest): string {
    if (request.url !== undefined) {
      // A nextLink from the server gets our bearer token: only ever send it to the same origin.
      if (new URL(request.url).origin !== base.origin) throw new Error(`${request.operation}: refusing a link to another origin`);
      return request.url;
    }
    return `${base.origin}${base.pathname.replace(/\/$/, '')}${request.path ?? ''}${buildQuery(request.query)}`;
  }

  async function attempt(request: HttpRequest): Promise<Response> {
    const url = urlOf(request);
    const token = request.auth === false || !options.getToken ? undefined : await options.getToken();
    const secrets = [token, ...(request.secrets ?? [])];
    const headers = new Headers({ accept: 'application/json' });
    if (token !== undefined) headers.set('authorization', `Bearer ${token}`);
    let body: string | undefined;
    if (request.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(request.json);
    } else if (request.form !== undefined) {
      headers.set('content-type', 'application/x-www-form-urlencoded');
      body = new URLSearchParams(request.form).toString();
    }
    // Never the browser's HTTP cache: an API answer is read for what it says now, and Chromium
    // makes a second identical GET wait up to 20 s for one still in flight (its cache lock), so
    // a pass replacing one stuck on a slow answer would wait for that answer's URL.
    const init: RequestInit = { method: request.method, headers, cache: 'no-store', ...(body === undefined ? {} : { body }), ...(request.signal ? { signal: request.signal } : {}) };
    const send = async (): Promise<Response> => {
      try {
        return await doFetch(url, init);
      } catch (error) {
        if (request.signal?.aborted) throw request.signal.reason;
        const reason = error instanceof Error ? error.message : String(error);
        throw scrubError(new NetworkError(options.service, `${request.operation}: could not reach ${base.hostname} (${redactSecrets(reason, secrets)})`), secrets);
      }
    };
    const limiter = options.limiters ? await options.limiters.forToken(token) : undefined;
    const response = limiter ? await limiter.run(send, request.signal) : await send();
    if (response.ok) return response;
    const text = await response.text().catch(() => '');
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    const redact = (value: string): string => redactSecrets(value, secrets);
    const mapped = options.mapError({
      service: options.service, status: response.status, body: parsed, headers: response.headers,
      ...(request.requiredScopes ? { requiredScopes: request.requiredScopes } : {}), redact,
    });
    throw scrubError(mapped, secrets);
  }

  function run(request: HttpRequest): Promise<Response> {
    return withRetry(() => attempt(request), { ...retry, ...(request.signal ? { signal: request.signal } : {}) });
  }

  function malformed(request: HttpRequest, status: number, problems: string[]): MalformedResponseError {
    return new MalformedResponseError({
      status, service: options.service, problems,
      message: `${request.operation}: the ${options.service} API answered in an unexpected shape (${problems.join('; ')})`,
    });
  }

  return {
    async json(request, schema) {
      const response = await run(request);
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw malformed(request, response.status, [`body is not JSON (content-type ${response.headers.get('content-type') ?? 'none'})`]);
      }
      const result = v.safeParse(schema, body);
      if (!result.success) throw malformed(request, response.status, describeIssues(result.issues));
      return result.output;
    },
    async empty(request) {
      const response = await run(request);
      await response.body?.cancel();
    },
  };
}
