/**
 * Background work that follows the store: after a burst of changes to the watched stores (a sync
 * writing page after page), `run` once, `debounceMs` after the last change; never two runs at once
 * (a change during a run schedules one more after it). It also runs once at start: a worker that
 * just woke up catches up with whatever changed while nobody listened. All state lives in the
 * call's closure (the worker calls it again at each start). The findings refresher, the health
 * monitor and the plan grower share it.
 */
import type { StoreName } from './db-types';
import type { ChangeHub } from './changes';

export interface DebouncedWatcherOptions {
  stores: readonly StoreName[];
  subscribe: ChangeHub['subscribe'];
  debounceMs: number;
  run: () => Promise<unknown>;
  /** A failed run is reported here; the next change runs again. */
  onError: (error: unknown) => void;
}

/** Starts listening (and schedules the first run); returns the function that stops it. */
export function startDebouncedWatcher({ stores, subscribe, debounceMs, run, onError }: DebouncedWatcherOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let changedWhileRunning = false;
  let stopped = false;

  function schedule(): void {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void fire(), debounceMs);
  }

  async function fire(): Promise<void> {
    timer = undefined;
    if (running) {
      changedWhileRunning = true;
      return;
    }
    running = true;
    try {
      await run();
    } catch (error) {
      onError(error);
    } finally {
      running = false;
      if (changedWhileRunning) {
        changedWhileRunning = false;
        schedule();
      }
    }
  }

  const unsubscribe = subscribe(stores, schedule);
  schedule();
  return () => {
    stopped = true;
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
