import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, newWorld } from './helpers';

const ROLES = '/settings/v3/users/roles';
const remaining = (headers: Headers) => Number(headers.get('x-hubspot-ratelimit-remaining'));

describe('ten-second rolling rate limit', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-10T10:00:00.000Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('counts down in the headers, answers 429 past the limit, recovers after 10 s', async () => {
    const world = newWorld((scenario) => {
      scenario.faults = { rateLimitPer10s: 3 };
    });
    const seen: number[] = [];
    for (let index = 0; index < 3; index++) {
      const answer = await api(world, 'GET', ROLES);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-hubspot-ratelimit-max')).toBe('3');
      expect(answer.headers.get('x-hubspot-ratelimit-interval-milliseconds')).toBe('10000');
      seen.push(remaining(answer.headers));
    }
    expect(seen).toEqual([2, 1, 0]);
    const limited = await api(world, 'GET', ROLES);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' });
    expect(limited.body.requestId).toEqual(expect.any(String));
    expect(remaining(limited.headers)).toBe(0);
    expect(limited.headers.has('retry-after')).toBe(false);

    vi.advanceTimersByTime(9_999);
    expect((await api(world, 'GET', ROLES)).status).toBe(429);
    vi.advanceTimersByTime(2);
    const recovered = await api(world, 'GET', ROLES);
    expect(recovered.status).toBe(200);
    expect(remaining(recovered.headers)).toBe(2);
  });

  it('keeps one window per token', async () => {
    const world = newWorld((scenario) => {
      scenario.faults = { rateLimitPer10s: 1 };
    });
    expect((await api(world, 'GET', ROLES)).status).toBe(200);
    expect((await api(world, 'GET', ROLES)).status).toBe(429);
    expect((await api(world, 'GET', ROLES, { token: 'tok-granular' })).status).toBe(200);
  });

  it('rolls: requests leave the window 10 s after they were made', async () => {
    const world = newWorld((scenario) => {
      scenario.faults = { rateLimitPer10s: 2 };
    });
    await api(world, 'GET', ROLES);
    vi.advanceTimersByTime(6_000);
    await api(world, 'GET', ROLES);
    expect((await api(world, 'GET', ROLES)).status).toBe(429);
    vi.advanceTimersByTime(4_001);
    const afterFirstExpired = await api(world, 'GET', ROLES);
    expect(afterFirstExpired.status).toBe(200);
    expect(remaining(afterFirstExpired.headers)).toBe(0);
  });

  it.each([
    ['free', '100'],
    ['starter', '100'],
    ['professional', '190'],
    ['enterprise', '190'],
  ] as const)('%s tier allows %s per 10 s', async (tier, max) => {
    const world = newWorld((scenario) => {
      scenario.portal.tier = tier;
    });
    const answer = await api(world, 'GET', ROLES);
    expect(answer.headers.get('x-hubspot-ratelimit-max')).toBe(max);
    expect(remaining(answer.headers)).toBe(Number(max) - 1);
  });

  it('puts the headers on error answers too', async () => {
    const answer = await api(newWorld(), 'GET', ROLES, { token: null });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('x-hubspot-ratelimit-max')).toBe('190');
  });
});
