/**
 * What a failed page means for the pass. The clients throw typed errors (lib/clients/errors.ts);
 * sync reads them by `name` (and the fields it needs) rather than by class, so it works with any
 * copy of those classes a bundle ends up with and with the small fakes the tests use.
 */

export type ErrorKind =
  /** The network is down: keep the cache, retry later. */
  | 'offline'
  /** The token expired or was refused: only the user can reconnect. */
  | 'auth'
  /** The token lacks a scope this job needs: skip the job, name the scopes. */
  | 'missing-scope'
  /** 429 or 5xx that the client's own retries did not get past: back off, resume later. */
  | 'retry-later'
  /** The answer could not be read: nothing of that page is stored. */
  | 'malformed'
  | 'forbidden'
  | 'not-found'
  /** The pass was stopped on purpose (worker shutting down, lease lost, replaced by "Sync now"). */
  | 'aborted'
  | 'unknown';

const KIND_BY_NAME: Readonly<Record<string, ErrorKind>> = {
  NetworkError: 'offline',
  AuthExpiredError: 'auth',
  UnauthorizedError: 'auth',
  MissingScopeError: 'missing-scope',
  RateLimitedError: 'retry-later',
  ServerError: 'retry-later',
  MalformedResponseError: 'malformed',
  ForbiddenError: 'forbidden',
  NotFoundError: 'not-found',
  AbortError: 'aborted',
  SyncLeaseLostError: 'aborted',
  SupersededError: 'aborted',
};

function nameOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const named = error as { name?: unknown; constructor?: { name?: unknown } };
  if (typeof named.name === 'string' && named.name in KIND_BY_NAME) return named.name;
  // A subclass that did not set `name` still carries its class name.
  return typeof named.constructor?.name === 'string' ? named.constructor.name : undefined;
}

export function errorKind(error: unknown): ErrorKind {
  const name = nameOf(error);
  if (name !== undefined && name in KIND_BY_NAME) return KIND_BY_NAME[name] ?? 'unknown';
  // A page whose JSON parsed but had the wrong shape fails in toRecords with a TypeError.
  if (error instanceof TypeError) return 'malformed';
  return 'unknown';
}

export function missingScopesOf(error: unknown): string[] {
  const scopes = (error as { scopes?: unknown } | null)?.scopes;
  return Array.isArray(scopes) ? scopes.filter((scope): scope is string => typeof scope === 'string') : [];
}

export function retryAfterMsOf(error: unknown): number | undefined {
  const value = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** A short, token-free description for the status line and the checkpoint. */
export function describeError(error: unknown): string {
  const name = nameOf(error) ?? 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return `${name}: ${message}`.slice(0, 300);
}

/** Thrown when another run took the single-flight lease over (this one was presumed dead). */
export class SyncLeaseLostError extends Error {
  override name = 'SyncLeaseLostError';
}
