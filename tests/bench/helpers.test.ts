/** The bench's own arithmetic and trace reading, fast (the figures themselves come from npm run bench). */
import { describe, expect, it } from 'vitest';
import { mainThreadTasks } from '../../bench/browser/main-thread-tasks';
import { ratio } from '../../bench/figure';
import { leastTimeMs, unrecovered } from '../../bench/sync/bounds';
import { requestsFor } from '../../bench/sync/least-requests';
import type { RequestLogEntry } from '../../sandbox/core/world';

const entry = (seq: number, query: string, status: number): RequestLogEntry => ({ seq, at: '', method: 'GET', host: 'api.hubapi.com', path: '/crm/v3/owners/', query, status });

describe('bench helpers', () => {
  it('leastTimeMs: a window holds `max` requests at once; each further batch waits one window', () => {
    expect(leastTimeMs(128, 190, 10_000)).toBe(0);
    expect(leastTimeMs(190, 190, 10_000)).toBe(0);
    expect(leastTimeMs(191, 190, 10_000)).toBe(10_000);
    expect(leastTimeMs(215, 100, 10_000)).toBe(20_000);
  });

  it('requestsFor: one request per full or partial page, one for an empty or unpaged list', () => {
    expect(requestsFor({ list: 'users', items: 10_000, pageMax: 100 })).toBe(100);
    expect(requestsFor({ list: 'owners', items: 9_801, pageMax: 500 })).toBe(20);
    expect(requestsFor({ list: 'inboxes (archived)', items: 0, pageMax: 500 })).toBe(1);
    expect(requestsFor({ list: 'roles', items: 7 })).toBe(1);
  });

  it('unrecovered: a 429 counts only if no later answer to the same request succeeded', () => {
    const log = [entry(1, 'limit=500', 429), entry(2, 'limit=500', 200), entry(3, 'after=x&limit=500', 429), entry(4, 'after=y&limit=500', 200)];
    expect(unrecovered(log).map((item) => item.seq)).toEqual([3]);
  });

  it('ratio: measured over its floor, which it keeps beside it; a zero floor is not a ratio', () => {
    expect(ratio(150, { value: 100, unit: 'ms', of: 'x' }, 1.5)).toEqual({ value: 1.5, unit: 'x', goal: 1.5, floor: { value: 100, unit: 'ms', of: 'x' } });
    expect(ratio(150, { value: 0, unit: 'ms', of: 'x' }, null).value).toBeNaN();
  });

  it('mainThreadTasks: only the tasks of the main thread of the process that hosts the page', () => {
    const url = 'chrome-extension://abc/sidepanel.html';
    const events = [
      { name: 'TracingStartedInBrowser', ph: 'I', pid: 1, tid: 1, ts: 0, args: { data: { frames: [{ url, processId: 7 }, { url: 'https://mail.google.com/', processId: 8 }] } } },
      { name: 'thread_name', ph: 'M', pid: 7, tid: 70, ts: 0, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', pid: 7, tid: 71, ts: 0, args: { name: 'Compositor' } },
      { name: 'thread_name', ph: 'M', pid: 8, tid: 80, ts: 0, args: { name: 'CrRendererMain' } },
      { name: 'ThreadControllerImpl::RunTask', ph: 'X', pid: 7, tid: 70, ts: 1_000, dur: 12_500 },
      { name: 'RunTask', ph: 'X', pid: 7, tid: 71, ts: 1_000, dur: 90_000 },
      { name: 'RunTask', ph: 'X', pid: 8, tid: 80, ts: 1_000, dur: 80_000 },
      { name: 'FunctionCall', ph: 'X', pid: 7, tid: 70, ts: 2_000, dur: 70_000 },
    ];
    expect(mainThreadTasks(events, url)).toEqual([{ startMs: 1, durationMs: 12.5 }]);
    expect(() => mainThreadTasks(events, 'chrome-extension://abc/other.html')).toThrow(/no process/);
  });
});
