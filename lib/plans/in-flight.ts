/**
 * A destructive call the worker sent just before it went away can still land at the provider
 * after the worker wakes: a listing taken then that still shows HubSpot does not prove the call
 * failed. Within this window after `sentAt` the step says "not known yet whether it reached the
 * provider — checking" and lists again until the provider shows it gone or the window passes;
 * only then does it say what the listing shows. A call that was never sent (no `sentAt`) needs
 * no wait.
 */
import { commit, type Committed } from './persist';
import { audit, changed, findStep, unchanged } from './transitions';
import type { RunStep } from './types';
import type { StoreAccess } from '../store/access';

export interface InFlightWindow {
  /** How long after `sentAt` a sent call may still land. */
  windowMs: number;
  /** How often to list again meanwhile. */
  pollMs: number;
}

export const IN_FLIGHT: InFlightWindow = { windowMs: 20_000, pollMs: 2_000 };

/** True while the step's sent call may still be landing. */
export function mayStillLand(step: RunStep, now: string, window: InFlightWindow = IN_FLIGHT): boolean {
  return step.sentAt !== undefined && Date.parse(now) - Date.parse(step.sentAt) < window.windowMs;
}

/** Commits the moment the step's destructive call leaves (once per attempt). */
export function markSent(access: StoreAccess, planId: string, stepId: string): Promise<Committed> {
  return commit(access, planId, (plan, now) => {
    const step = findStep(plan, stepId);
    if (step?.state !== 'intent-recorded' || step.sentAt) return unchanged;
    step.sentAt = now;
    return changed(plan, []);
  });
}

/** Says "checking" on the step (once), then waits one poll; throws when the worker is going away. */
export async function sayCheckingThenWait(access: StoreAccess, planId: string, stepId: string, window: InFlightWindow, signal?: AbortSignal): Promise<void> {
  await commit(access, planId, (plan) => {
    const step = findStep(plan, stepId);
    if (step?.state !== 'intent-recorded' || step.error === 'in-flight') return unchanged;
    Object.assign(step, { error: 'in-flight' });
    delete step.note;
    return changed(plan, [audit(plan, 'inboxlink', 'step.verify', 'observed', `${stepId}: sent at ${step.sentAt}, still listed; may still land, checking again`)]);
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, window.pollMs);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    }, { once: true });
  });
}
