/**
 * Work each worker start owes — the badge, the sync alarms, the findings refresher, resuming plans —
 * but that no event is waiting for. A UI that wakes the worker waits for the answer to its message:
 * started first, this work put its IndexedDB reads and API calls ahead of that answer (in a traced
 * cold start, 8 of the 13 IndexedDB events before the first answer were its). So it starts right after
 * the first message has been answered, or after `fallbackMs` when no message comes first (the worker
 * woke for an alarm, a closed tab, an install) or the first one takes long.
 */
export const STARTUP_WORK_FALLBACK_MS = 250;

export interface StartupGate {
  /** The worker answered a message: start the work (once) right after the reply has gone out. */
  answered(): void;
}

export function deferStartupWork(work: () => void, fallbackMs: number = STARTUP_WORK_FALLBACK_MS): StartupGate {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    clearTimeout(fallback);
    work();
  };
  const fallback = setTimeout(start, fallbackMs);
  return {
    // A task, not a microtask: the runtime posts the reply in a reaction to the handler's promise,
    // which must run before this work's synchronous part does.
    answered: () => {
      if (!started) setTimeout(start, 0);
    },
  };
}
