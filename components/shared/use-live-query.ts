import { useEffect, useState } from 'preact/hooks';
import type { StoreName } from '../../lib/store';
import { subscribe } from '../../lib/store/changes';

export interface LiveQueryOptions {
  /** Least time between the starts of two loads while changes keep coming (a sync writing pages). */
  minIntervalMs?: number;
}

const DEFAULT_MIN_INTERVAL_MS = 250;

/**
 * `load()` now, and again after changes to `stores` — at most one load at a time, and while
 * changes keep coming (a sync commits a page every few tens of ms), no sooner than
 * `minIntervalMs` after the previous one started, nor sooner than the previous one took: a view
 * reading thousands of records then re-reads a few times a second instead of after every page,
 * leaving the main thread and the stores to the user and the sync. A change after a quiet moment
 * loads at once; the last change of a burst is always followed by a load.
 */
export function useLiveQuery<T>(stores: readonly StoreName[], load: () => Promise<T>, options: LiveQueryOptions = {}): { value?: T; error?: string } {
  const [state, setState] = useState<{ value?: T; error?: string }>({});
  const minInterval = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS;
  useEffect(() => {
    let live = true;
    let running = false;
    let dirty = false;
    let lastStart = -Infinity;
    let lastTook = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    function run(): void {
      timer = undefined;
      running = true;
      dirty = false;
      lastStart = performance.now();
      load().then(
        (value) => live && setState({ value }),
        (error: unknown) => live && setState({ error: error instanceof Error ? error.message : String(error) }),
      ).finally(() => {
        running = false;
        lastTook = performance.now() - lastStart;
        if (live && dirty) schedule();
      });
    }

    function schedule(): void {
      if (running) {
        dirty = true;
        return;
      }
      if (timer !== undefined) return;
      const wait = lastStart + Math.max(minInterval, lastTook) - performance.now();
      timer = setTimeout(run, Math.max(0, wait));
    }

    run();
    const stop = subscribe(stores, schedule);
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
      stop();
    };
  }, []);
  return state;
}
