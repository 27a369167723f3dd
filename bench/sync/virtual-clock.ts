import { install } from '@sinonjs/fake-timers';

/**
 * Virtual time for a benchmark that would take minutes of real waiting: `Date` and
 * `setTimeout`/`clearTimeout` are replaced for the whole process (lib/clients' limiter and retry
 * sleeps, lib/sync and the store's clocks, the sandbox world's clock all read them), so every
 * party sees the same clock. `setImmediate`, microtasks and real I/O stay real: fake-indexeddb and
 * the in-process sandbox run at full speed. Time moves only when nothing but timers is left, by
 * jumping to the next timer, so simulated elapsed time is exactly the time spent waiting.
 */
export interface VirtualClock {
  /** Settles `promise`, advancing virtual time whenever the code under test only waits. */
  drive<T>(promise: Promise<T>): Promise<T>;
  uninstall(): void;
}

export function installVirtualClock(): VirtualClock {
  const clock = install({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const realTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    async drive(promise) {
      let settled = false;
      const watched = promise.finally(() => {
        settled = true;
      });
      watched.catch(() => undefined);
      while (!settled) {
        // Real work (IndexedDB transactions, the sandbox answering, WebCrypto) runs on real
        // macrotasks: let it finish before deciding that only timers are left.
        for (let turn = 0; turn < 20 && !settled; turn++) await realTurn();
        if (!settled && clock.countTimers() > 0) await clock.nextAsync();
      }
      return watched;
    },
    uninstall: () => clock.uninstall(),
  };
}
