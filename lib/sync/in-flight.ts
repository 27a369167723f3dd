/**
 * The passes this worker is running now, each with its stop switch. A user's "Sync now" asks for
 * the data as it is at the click; a pass already running may be past HubSpot's lists or waiting
 * on a slow provider (an admin's grant listing), so joining it would read nothing new, or nothing
 * for as long as that call hangs. The click stops such a pass and runs its own (schedule.ts).
 * Only this worker's passes can be stopped: a lease of an earlier worker life is free anyway
 * (lease.ts), and passes run only in the background.
 */

/** The reason a superseded pass was stopped with; sync reads it as `aborted` (errors.ts). */
export class SupersededError extends Error {
  override name = 'SupersededError';
  constructor() {
    super('superseded by a newer pass the user asked for');
  }
}

export interface TrackedRun {
  /** Aborted when a newer pass supersedes this one, or when the caller's own signal aborts. */
  signal: AbortSignal;
  /** Whether this run was stopped because a newer pass superseded it. */
  superseded(): boolean;
  /** Stops every other pass of this worker; returns how many were running. */
  supersedeOthers(): number;
  /** The pass is over (done or stopped): it no longer counts as running. */
  end(): void;
}

const running = new Set<AbortController>();

export function trackRun(outer?: AbortSignal): TrackedRun {
  const own = new AbortController();
  running.add(own);
  // The caller's own stop switch (tests, a worker shutting down) stops this pass too.
  if (outer?.aborted) own.abort(outer.reason);
  else outer?.addEventListener('abort', () => own.abort(outer.reason), { once: true });
  return {
    signal: own.signal,
    superseded: () => own.signal.reason instanceof SupersededError,
    supersedeOthers() {
      const others = [...running].filter((controller) => controller !== own && !controller.signal.aborted);
      for (const controller of others) controller.abort(new SupersededError());
      return others.length;
    },
    end: () => void running.delete(own),
  };
}
