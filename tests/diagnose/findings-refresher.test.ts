import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFindingsRefresher } from '../../lib/background/findings-refresher';
import type { StoreAccess } from '../../lib/store/access';
import type { ChangeHub, ChangeListener } from '../../lib/store/changes';
import { freshDb, type TestDb } from './db';
import { grant, user } from './fixtures';

/** A change hub whose events the test fires by hand. */
function fakeHub(): { listeners: ChangeListener[]; subscribe: ChangeHub['subscribe'] } {
  const listeners: ChangeListener[] = [];
  const subscribe: ChangeHub['subscribe'] = (_stores, listener) => {
    listeners.push(listener);
    return () => void listeners.splice(listeners.indexOf(listener), 1);
  };
  return { listeners, subscribe };
}

let db: TestDb | undefined;
let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  db?.changes.close();
  vi.useRealTimers();
});

describe('startFindingsRefresher', () => {
  it('refreshes the findings after a change to a diagnosed store, once the writes settle', async () => {
    db = freshDb();
    stop = startFindingsRefresher({ access: db.access, subscribe: db.changes.subscribe, debounceMs: 30 });
    await db.repo.putMany('crmUsers', [user('julia@nordlicht.example', 'deactivated')]);
    await db.repo.putMany('grants', [grant('julia@nordlicht.example')]);
    await vi.waitFor(async () => expect((await db?.repo.getAll('findings'))?.map((f) => f.code)).toEqual(['deactivated-user-grant']), { timeout: 2000 });
  });

  it('debounces bursts into one run, runs once at start, never overlaps, and runs again for a change during a run', async () => {
    vi.useFakeTimers();
    const { listeners, subscribe } = fakeHub();
    let active = 0;
    let maxActive = 0;
    let release: (() => void) | undefined;
    const refresh = vi.fn(async () => {
      maxActive = Math.max(maxActive, ++active);
      await new Promise<void>((resolve) => (release = resolve));
      active -= 1;
    });
    stop = startFindingsRefresher({ access: {} as StoreAccess, subscribe, refresh, debounceMs: 500 });
    const fire = () => listeners.forEach((listener) => listener(['grants']));

    fire();
    await vi.advanceTimersByTimeAsync(400);
    fire();
    await vi.advanceTimersByTimeAsync(499);
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(refresh).toHaveBeenCalledTimes(1); // the start-up run and the burst, together

    fire(); // during the run
    await vi.advanceTimersByTimeAsync(2000);
    expect(refresh).toHaveBeenCalledTimes(1);
    release?.();
    await vi.advanceTimersByTimeAsync(500);
    expect(refresh).toHaveBeenCalledTimes(2);
    release?.();
    await vi.advanceTimersByTimeAsync(5000);
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(maxActive).toBe(1);
  });

  it('a failing run is reported and the next change still refreshes; stop ends it', async () => {
    vi.useFakeTimers();
    const { listeners, subscribe } = fakeHub();
    const refresh = vi.fn().mockRejectedValueOnce(new Error('database closed')).mockResolvedValue(undefined);
    const onError = vi.fn();
    stop = startFindingsRefresher({ access: {} as StoreAccess, subscribe, refresh, onError, debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'database closed' }));
    listeners.forEach((listener) => listener(['grants']));
    await vi.advanceTimersByTimeAsync(10);
    expect(refresh).toHaveBeenCalledTimes(2);
    stop();
    expect(listeners).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(refresh).toHaveBeenCalledTimes(2);
  });
});
