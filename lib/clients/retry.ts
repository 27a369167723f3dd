import { NetworkError, RateLimitedError, ServerError } from './errors';

/**
 * Retries what a later attempt can fix: 429, 500/502/503/504 and network failures. Never 400,
 * 401, 403 or 404: the same request would fail the same way. Waits Retry-After (or HubSpot's
 * policy window) when the answer says, else exponential backoff with jitter so that concurrent
 * callers do not come back in lockstep.
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: Sleep;
  random: () => number;
  signal?: AbortSignal;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

export const DEFAULT_RETRY: Omit<RetryOptions, 'signal' | 'onRetry'> = {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  sleep: abortableSleep,
  random: Math.random,
};

const RETRYABLE_STATUSES = new Set([500, 502, 503, 504]);

export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  // HubSpot's daily limit resets at midnight in the portal's time zone: no point waiting here.
  if (error instanceof RateLimitedError) return error.policyName !== 'DAILY';
  return error instanceof ServerError && RETRYABLE_STATUSES.has(error.status);
}

/** The wait before attempt `attempt + 1` (attempt counts from 1). */
export function retryDelayMs(error: unknown, attempt: number, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const told = error instanceof RateLimitedError || error instanceof ServerError ? error.retryAfterMs : undefined;
  if (told !== undefined) {
    // What the server said, plus up to 10 % (at most 1 s) so parallel callers spread out.
    return told + options.random() * Math.min(1000, told * 0.1);
  }
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + options.random() * (ceiling / 2);
}

export async function withRetry<T>(attempt: (attemptNumber: number) => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attemptNumber = 1; ; attemptNumber++) {
    if (options.signal?.aborted) throw options.signal.reason;
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (attemptNumber >= options.maxAttempts || !isRetryable(error)) throw error;
      const delayMs = retryDelayMs(error, attemptNumber, options);
      options.onRetry?.({ attempt: attemptNumber, delayMs, error });
      await options.sleep(delayMs, options.signal);
    }
  }
}

/** setTimeout as a promise that rejects with the signal's reason on abort. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
