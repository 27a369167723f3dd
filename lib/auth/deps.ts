import { repo as defaultRepo, type Repo } from '../store/repo';

/**
 * What the auth functions need from the outside: the store to keep tokens in, and `fetch` for the
 * providers. The background passes nothing (its own database, the global fetch); tests pass a
 * fresh fake-indexeddb repo and a fetch that calls the in-process sandbox.
 */
export interface AuthDeps {
  repo: Repo;
  fetch?: typeof fetch;
  now?: () => Date;
}

export function resolveDeps(deps: Partial<AuthDeps> = {}): AuthDeps & { now: () => Date } {
  return { repo: deps.repo ?? defaultRepo, ...(deps.fetch ? { fetch: deps.fetch } : {}), now: deps.now ?? (() => new Date()) };
}

/** The client options that carry the injected fetch, if any. */
export const fetchOption = (deps: Pick<AuthDeps, 'fetch'>): { fetch?: typeof fetch } => (deps.fetch ? { fetch: deps.fetch } : {});

/** An error's message, for audit details and replies; API errors are already scrubbed of tokens. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
