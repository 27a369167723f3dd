import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import {
  DEFAULT_SYNC_INTERVAL_MINUTES,
  RESUME_ALARM,
  SYNC_ALARM,
  ensureSyncAlarms,
  handleSyncAlarm,
  syncIfStale,
} from '../../lib/sync/schedule';
import { runSyncPass } from '../../lib/sync/pass';
import { demoScenario, testBed } from './helpers';
import type { FetchLike } from './sandbox-hubspot-client';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('sync alarms', () => {
  it('creates the periodic alarm from settings, default 30 minutes, and follows a changed interval', async () => {
    const bed = testBed();
    await ensureSyncAlarms(bed.env());
    expect((await browser.alarms.get(SYNC_ALARM))?.periodInMinutes).toBe(DEFAULT_SYNC_INTERVAL_MINUTES);
    await bed.repo.setMeta('settings', { syncIntervalMinutes: 10 });
    await ensureSyncAlarms(bed.env());
    expect((await browser.alarms.get(SYNC_ALARM))?.periodInMinutes).toBe(10);
    expect(await browser.alarms.get(RESUME_ALARM)).toBeUndefined();
  });

  it('the periodic alarm runs a pass; a complete pass leaves no resume alarm', async () => {
    const bed = testBed();
    const result = await handleSyncAlarm({ name: SYNC_ALARM }, bed.env());
    expect(result?.status?.state).toBe('idle');
    expect(await bed.repo.getAll('crmUsers')).toHaveLength(bed.sandbox.world.scenario.users.length);
    expect(await browser.alarms.get(RESUME_ALARM)).toBeUndefined();
  });

  it('ignores alarms that are not the sync ones', async () => {
    const bed = testBed();
    expect(await handleSyncAlarm({ name: 'something-else' }, bed.env())).toBeUndefined();
    expect(bed.sandbox.world.requests).toEqual([]);
  });

  it('a worker killed mid-pass leaves a resume alarm; the alarm finishes the pass', async () => {
    const bed = testBed();
    const controller = new AbortController();
    let usersPages = 0;
    const dying: FetchLike = async (url, init) => {
      if (new URL(url).pathname === '/settings/v3/users/' && ++usersPages > 1) controller.abort();
      return bed.sandboxFetch(url, init);
    };
    const { runScheduledPass } = await import('../../lib/sync/schedule');
    await runScheduledPass(bed.env({ fetch: dying }), { signal: controller.signal });
    expect(await browser.alarms.get(RESUME_ALARM)).toBeDefined();

    // A new worker starts: ensureSyncAlarms keeps the resume alarm; the alarm fires.
    await ensureSyncAlarms(bed.env());
    expect(await browser.alarms.get(RESUME_ALARM)).toBeDefined();
    const result = await handleSyncAlarm({ name: RESUME_ALARM }, bed.env());
    expect(result?.status?.state).toBe('idle');
    expect(await bed.repo.getAll('crmUsers')).toHaveLength(bed.sandbox.world.scenario.users.length);
    expect(await browser.alarms.get(RESUME_ALARM)).toBeUndefined();
  });

  it('backing off sets the resume alarm at retryAt', async () => {
    const bed = testBed(demoScenario((s) => (s.faults = { failOn: [{ host: 'api.hubapi.com', path: '/crm/v3/owners', status: 503 }] })));
    const result = await handleSyncAlarm({ name: SYNC_ALARM }, bed.env());
    expect(result?.status?.state).toBe('backing-off');
    const alarm = await browser.alarms.get(RESUME_ALARM);
    expect(alarm?.scheduledTime).toBe(Date.parse(result?.status?.retryAt ?? ''));
    // The periodic tick before retryAt leaves the backoff alone; the resume alarm runs the pass.
    const requests = bed.sandbox.world.requests.length;
    expect(await handleSyncAlarm({ name: SYNC_ALARM }, bed.env())).toBeUndefined();
    expect(bed.sandbox.world.requests.length).toBe(requests);
    expect((await handleSyncAlarm({ name: RESUME_ALARM }, bed.env()))?.ran).toBe(true);
  });
});

describe('syncIfStale', () => {
  it('runs when never synced or older than maxAge, not when fresh', async () => {
    const bed = testBed();
    expect((await syncIfStale(60_000, bed.env()))?.ran).toBe(true);
    const requests = bed.sandbox.world.requests.length;
    expect(await syncIfStale(60_000, bed.env())).toBeUndefined();
    expect(bed.sandbox.world.requests.length).toBe(requests);
    expect((await syncIfStale(0, bed.env()))?.ran).toBe(true);
  });

  it('waits for a backoff in progress and for the user after a 401, until a new token is saved', async () => {
    const bed = testBed(demoScenario((s) => (s.faults = { failOn: [{ host: 'api.hubapi.com', status: 429, times: 1 }] })));
    expect((await syncIfStale(0, bed.env()))?.status?.state).toBe('backing-off');
    expect(await syncIfStale(0, bed.env())).toBeUndefined();

    const expired = testBed(demoScenario((s) => s.tokens?.hubspot?.forEach((t) => (t.expiresAt = '2020-01-01T00:00:00Z'))));
    expect((await runSyncPass(expired.env())).status?.state).toBe('reconnect-hubspot');
    expect(await syncIfStale(0, expired.env())).toBeUndefined();
    await expired.repo.putMany('credentials', [
      { id: 'hubspot', provider: 'hubspot', kind: 'static-token', accessToken: 'new', scopes: [], savedAt: new Date(Date.now() + 1000).toISOString() },
    ]);
    expired.sandbox.world.scenario.tokens?.hubspot?.forEach((t) => delete t.expiresAt);
    expect((await syncIfStale(0, expired.env()))?.status?.state).toBe('idle');
  });
});
