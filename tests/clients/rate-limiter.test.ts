import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLimiterRegistry, RollingWindowLimiter, tokenKey } from '../../lib/clients/rate-limiter';

/** The limiter alone, on a fake clock, fed answers with HubSpot's rate-limit headers. */
beforeEach(() => { vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }); });
afterEach(() => { vi.useRealTimers(); });

function answer(max: number, remaining: number, interval = 10_000): () => Promise<Response> {
  return async () => new Response('{}', {
    headers: {
      'X-HubSpot-RateLimit-Max': String(max),
      'X-HubSpot-RateLimit-Remaining': String(remaining),
      'X-HubSpot-RateLimit-Interval-Milliseconds': String(interval),
    },
  });
}

/** A HubSpot-like rolling window that states its true Max/Remaining; counts refusals in `refused`. */
function windowServer(max: number, interval = 10_000): { send: () => Promise<Response>; refused: number } {
  const arrivals: number[] = [];
  const server = {
    refused: 0,
    send: async () => {
      const now = Date.now();
      const recent = arrivals.filter((at) => at > now - interval);
      if (recent.length >= max) server.refused++;
      else arrivals.push(now);
      return answer(max, Math.max(0, max - arrivals.filter((at) => at > now - interval).length), interval)();
    },
  };
  return server;
}

/** Starts `count` runs and returns the fake times at which each one was let through. */
function startMany(limiter: RollingWindowLimiter, count: number, send: () => Promise<Response>): { sentAt: number[]; done: Promise<unknown> } {
  const sentAt: number[] = [];
  const start = Date.now();
  const done = Promise.all(Array.from({ length: count }, () => limiter.run(async () => { sentAt.push(Date.now() - start); return send(); })));
  return { sentAt, done };
}

describe('RollingWindowLimiter', () => {
  it('sends one request until the limit is known, then up to maxConcurrent', async () => {
    const limiter = new RollingWindowLimiter({ maxConcurrent: 3 });
    let inFlight = 0;
    let peak = 0;
    const slow = async () => {
      inFlight++; peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 100));
      inFlight--;
      return answer(100, 90)();
    };
    const first = limiter.run(slow);
    const others = Promise.all(Array.from({ length: 6 }, () => limiter.run(slow)));
    await vi.advanceTimersByTimeAsync(50);
    expect(peak).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all([first, others]);
    expect(peak).toBe(3);
  });

  it('adopts a lower Max from the headers and spaces requests by the window', async () => {
    const limiter = new RollingWindowLimiter();
    const server = windowServer(3);
    const { sentAt, done } = startMany(limiter, 7, server.send);
    await vi.advanceTimersByTimeAsync(25_000);
    await done;
    expect(server.refused).toBe(0);
    expect(sentAt).toEqual([0, 0, 0, 10_000, 10_000, 10_000, 20_000]);
    expect(limiter.snapshot().max).toBe(3);
  });

  it('adopts the interval from the headers', async () => {
    const limiter = new RollingWindowLimiter();
    const { sentAt, done } = startMany(limiter, 3, windowServer(2, 1_000).send);
    await vi.advanceTimersByTimeAsync(5_000);
    await done;
    expect(sentAt).toEqual([0, 0, 1_000]);
  });

  it('counts requests HubSpot saw from someone else sharing the limit', async () => {
    const limiter = new RollingWindowLimiter();
    // Max 10, but HubSpot says only 2 remain after our first request: 7 came from elsewhere.
    const { sentAt, done } = startMany(limiter, 4, answer(10, 2));
    await vi.advanceTimersByTimeAsync(15_000);
    await done;
    expect(sentAt.slice(0, 3)).toEqual([0, 0, 0]);
    expect(sentAt[3]).toBe(10_000);
  });

  it('an aborted waiter leaves the queue with the abort reason', async () => {
    const limiter = new RollingWindowLimiter({ max: 1 });
    await limiter.run(answer(1, 0));
    const controller = new AbortController();
    const waiting = limiter.run(answer(1, 0), controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    expect(limiter.snapshot().queued).toBe(0);
  });

  it('a request that throws still frees its slot after the window', async () => {
    const limiter = new RollingWindowLimiter({ max: 1 });
    await expect(limiter.run(async () => { throw new Error('offline'); })).rejects.toThrow('offline');
    expect(limiter.snapshot().used).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(limiter.snapshot().used).toBe(0);
  });
});

describe('limiter registry', () => {
  it('gives one limiter per token, keyed by a hash that is not the token', async () => {
    const registry = createLimiterRegistry();
    const a = await registry.forToken('token-a-123456');
    expect(await registry.forToken('token-a-123456')).toBe(a);
    expect(await registry.forToken('token-b-123456')).not.toBe(a);
    const key = await tokenKey('token-a-123456');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain('token-a');
  });
});
