/**
 * HubSpot's rolling-window rate limit, kept on our side so a full sync runs at the limit without
 * 429s (hubspot.md §6). One limiter per token: the limit is per app and account, and a token
 * stands for one of those.
 *
 * A request holds a slot from the moment it is sent until one interval after its answer arrived.
 * HubSpot counts a request when it arrives, which is between those two moments, so a slot we
 * free can never still be in HubSpot's window. The cost is one round trip per window (≪ 1 %).
 */
export interface RateLimiterOptions {
  /** Requests per interval before any answer has told us the real limit (private apps: 100). */
  max?: number;
  intervalMs?: number;
  /** Requests in flight at once, once the limit is known (the official SDK uses 6). */
  maxConcurrent?: number;
  now?: () => number;
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

const HEADER_MAX = 'x-hubspot-ratelimit-max';
const HEADER_REMAINING = 'x-hubspot-ratelimit-remaining';
const HEADER_INTERVAL = 'x-hubspot-ratelimit-interval-milliseconds';

function positiveInt(value: string | null): number | undefined {
  if (value === null) return undefined;
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : undefined;
}

export class RollingWindowLimiter {
  private max: number;
  private intervalMs: number;
  private readonly maxConcurrent: number;
  private readonly now: () => number;
  /** Until an answer carries the limit headers, send one request at a time (no blind burst). */
  private learned = false;
  /** When each finished request's slot was freed (ascending); expires one interval later. */
  private readonly stamps: number[] = [];
  private inFlight = 0;
  private readonly queue: Waiter[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: RateLimiterOptions = {}) {
    this.max = options.max ?? 100;
    this.intervalMs = options.intervalMs ?? 10_000;
    this.maxConcurrent = options.maxConcurrent ?? 6;
    this.now = options.now ?? Date.now;
  }

  /** Runs `send` when the window has room, then learns from the answer's rate-limit headers. */
  async run(send: () => Promise<Response>, signal?: AbortSignal): Promise<Response> {
    await this.acquire(signal);
    let response: Response | undefined;
    try {
      response = await send();
      return response;
    } finally {
      this.release(response?.headers);
    }
  }

  /** The limit as currently understood, for diagnostics and tests. */
  snapshot(): { max: number; intervalMs: number; used: number; inFlight: number; queued: number } {
    return { max: this.max, intervalMs: this.intervalMs, used: this.used(this.now()), inFlight: this.inFlight, queued: this.queue.length };
  }

  private acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve, reject, signal,
        onAbort: () => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          reject(signal?.reason);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.queue.push(waiter);
      this.pump();
    });
  }

  private release(headers: Headers | undefined): void {
    this.inFlight -= 1;
    this.stamps.push(this.now());
    if (headers) this.learn(headers);
    this.pump();
  }

  /**
   * Adopts the limit and interval HubSpot states. If HubSpot has counted more requests than we
   * have in our window, someone else shares the limit (another install, another tab): we take
   * the difference as requests made just now, which is the cautious reading.
   */
  private learn(headers: Headers): void {
    const max = positiveInt(headers.get(HEADER_MAX));
    const remaining = positiveInt(headers.get(HEADER_REMAINING));
    const interval = positiveInt(headers.get(HEADER_INTERVAL));
    if (interval !== undefined && interval > 0) this.intervalMs = interval;
    if (max === undefined || max === 0) return;
    this.max = max;
    this.learned = true;
    if (remaining === undefined) return;
    const now = this.now();
    const unseen = max - remaining - this.used(now);
    for (let i = 0; i < unseen; i++) this.stamps.push(now);
  }

  private used(now: number): number {
    let expired = 0;
    while (expired < this.stamps.length && (this.stamps[expired] ?? 0) + this.intervalMs <= now) expired++;
    if (expired > 0) this.stamps.splice(0, expired);
    return this.stamps.length + this.inFlight;
  }

  private pump(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    while (this.queue.length > 0) {
      const concurrency = this.learned ? this.maxConcurrent : 1;
      if (this.inFlight >= concurrency) return; // a release pumps again
      const now = this.now();
      const used = this.used(now);
      if (used >= this.max) {
        // The (used - max)-th oldest slot must expire first; in-flight ones pump on release.
        const freesAt = this.stamps[used - this.max];
        if (freesAt !== undefined) this.timer = setTimeout(() => this.pump(), Math.max(1, freesAt + this.intervalMs - now));
        return;
      }
      const waiter = this.queue.shift();
      if (!waiter) return;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      this.inFlight += 1;
      waiter.resolve();
    }
  }
}

/** One limiter per token, found by a hash of the token so no map ever holds a token. */
export interface LimiterRegistry {
  forToken(token: string | undefined): Promise<RollingWindowLimiter>;
}

export function createLimiterRegistry(options: RateLimiterOptions = {}): LimiterRegistry {
  const limiters = new Map<string, RollingWindowLimiter>();
  return {
    async forToken(token) {
      const key = token === undefined ? 'anonymous' : await tokenKey(token);
      let limiter = limiters.get(key);
      if (!limiter) {
        limiter = new RollingWindowLimiter(options);
        limiters.set(key, limiter);
      }
      return limiter;
    },
  };
}

/** SHA-256 of the token, hex: an opaque, stable key. */
export async function tokenKey(token: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
