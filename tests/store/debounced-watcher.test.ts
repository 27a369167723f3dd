import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoreName } from '../../lib/store/db-types';
import type { ChangeHub, ChangeListener } from '../../lib/store/changes';
import { startDebouncedWatcher } from '../../lib/store/debounced-watcher';

/** A change hub whose events the test fires by hand; it remembers which stores were asked for. */
function fakeHub(): { listeners: ChangeListener[]; asked: (readonly StoreName[] | 'all')[]; subscribe: ChangeHub['subscribe']; fire: () => void } {
  const listeners: ChangeListener[] = [];
  const asked: (readonly StoreName[] | 'all')[] = [];
  const subscribe: ChangeHub['subscribe'] = (stores, listener) => {
    asked.push(stores);
    listeners.push(listener);
    return () => void listeners.splice(listeners.indexOf(listener), 1);
  };
  return { listeners, asked, subscribe, fire: () => [...listeners].forEach((listener) => listener(['grants'])) };
}

/** A run the test finishes by hand, counting how many are in flight at once. */
function heldRun(): { run: () => Promise<void>; finish: () => void; calls: () => number; maxActive: () => number } {
  let calls = 0;
  let active = 0;
  let maxActive = 0;
  const pending: (() => void)[] = [];
  return {
    run: () => {
      calls += 1;
      maxActive = Math.max(maxActive, ++active);
      return new Promise<void>((resolve) => pending.push(() => {
        active -= 1;
        resolve();
      }));
    },
    finish: () => pending.shift()?.(),
    calls: () => calls,
    maxActive: () => maxActive,
  };
}

let stop: (() => void) | undefined;
beforeEach(() => void vi.useFakeTimers());
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe('startDebouncedWatcher', () => {
  it('watches the stores it is given and runs once at start, after the debounce', async () => {
    const hub = fakeHub();
    const run = vi.fn(async () => undefined);
    stop = startDebouncedWatcher({ stores: ['grants', 'mailboxes'], subscribe: hub.subscribe, debounceMs: 300, run, onError: vi.fn() });
    expect(hub.asked).toEqual([['grants', 'mailboxes']]);
    await vi.advanceTimersByTimeAsync(299);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a burst of changes gives one run, debounceMs after the last change', async () => {
    const hub = fakeHub();
    const run = vi.fn(async () => undefined);
    stop = startDebouncedWatcher({ stores: ['grants'], subscribe: hub.subscribe, debounceMs: 500, run, onError: vi.fn() });
    await vi.advanceTimersByTimeAsync(500);
    expect(run).toHaveBeenCalledTimes(1);
    for (let change = 0; change < 5; change += 1) {
      hub.fire();
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('never runs twice at once: a change during a run gives exactly one more run after it', async () => {
    const hub = fakeHub();
    const held = heldRun();
    stop = startDebouncedWatcher({ stores: ['grants'], subscribe: hub.subscribe, debounceMs: 100, run: held.run, onError: vi.fn() });
    await vi.advanceTimersByTimeAsync(100);
    expect(held.calls()).toBe(1);
    hub.fire();
    await vi.advanceTimersByTimeAsync(1_000);
    hub.fire();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(held.calls()).toBe(1);
    held.finish();
    await vi.advanceTimersByTimeAsync(99);
    expect(held.calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(held.calls()).toBe(2);
    held.finish();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(held.calls()).toBe(2);
    expect(held.maxActive()).toBe(1);
  });

  it('a failed run goes to onError and the next change runs again', async () => {
    const hub = fakeHub();
    const run = vi.fn().mockRejectedValueOnce(new Error('database closed')).mockResolvedValue(undefined);
    const onError = vi.fn();
    stop = startDebouncedWatcher({ stores: ['grants'], subscribe: hub.subscribe, debounceMs: 10, run, onError });
    await vi.advanceTimersByTimeAsync(10);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'database closed' }));
    hub.fire();
    await vi.advanceTimersByTimeAsync(10);
    expect(run).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('stop unsubscribes, cancels the pending run, and a run in flight schedules none after it', async () => {
    const hub = fakeHub();
    const held = heldRun();
    const halt = startDebouncedWatcher({ stores: ['grants'], subscribe: hub.subscribe, debounceMs: 50, run: held.run, onError: vi.fn() });
    await vi.advanceTimersByTimeAsync(50);
    expect(held.calls()).toBe(1);
    hub.fire();
    await vi.advanceTimersByTimeAsync(50);
    halt();
    expect(hub.listeners).toHaveLength(0);
    held.finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(held.calls()).toBe(1);

    const pendingOnly = vi.fn(async () => undefined);
    const halted = startDebouncedWatcher({ stores: ['grants'], subscribe: hub.subscribe, debounceMs: 50, run: pendingOnly, onError: vi.fn() });
    halted();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(pendingOnly).not.toHaveBeenCalled();
  });
});
