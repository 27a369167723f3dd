import type { RequestLogEntry } from '../../sandbox/core/world';

/**
 * The least time the rate limit allows for `requests` requests at `max` per rolling window:
 * `max` may go at once, and each further batch of `max` must wait one more window, so the last
 * batch leaves at (ceil(requests / max) − 1) × window. Answers take no time here.
 */
export function leastTimeMs(requests: number, max: number, windowMs: number): number {
  return Math.max(0, Math.ceil(requests / max) - 1) * windowMs;
}

/** 429 answers that no later successful answer to the same path and query made good. */
export function unrecovered(entries: readonly RequestLogEntry[]): RequestLogEntry[] {
  return entries.filter(
    (entry) => entry.status === 429 && !entries.some((later) => later.seq > entry.seq && later.path === entry.path && later.query === entry.query && later.status < 400),
  );
}
