/**
 * One transaction per transition: the plan is read, changed by a pure function and written back
 * together with its audit entries, so the log and the plan never disagree and two transitions
 * cannot interleave (IndexedDB serializes readwrite transactions on the same store).
 */
import type { StoreAccess } from '../store/access';
import type { AuditDraft, Transition } from './transitions';
import type { RunPlan } from './types';

export interface Committed {
  plan: RunPlan | undefined;
  changed: boolean;
  refused?: string;
}

export async function readPlan(access: StoreAccess, planId: string): Promise<RunPlan | undefined> {
  // The plans store is typed with the model's Plan; every record this module writes is a RunPlan.
  return (await (await access.db()).get('plans', planId)) as RunPlan | undefined;
}

export function commit(access: StoreAccess, planId: string, transition: (plan: RunPlan, now: string) => Transition): Promise<Committed> {
  return access.write(['plans', 'audit'], async (tx) => {
    const plans = tx.objectStore('plans');
    const stored = (await plans.get(planId)) as RunPlan | undefined;
    if (!stored) return { plan: undefined, changed: false, refused: 'unknown-plan' };
    const now = access.now();
    const outcome = transition(structuredClone(stored), now);
    const log = tx.objectStore('audit');
    if (outcome.kind === 'unchanged') return { plan: stored, changed: false };
    for (const entry of outcome.audit) await log.add({ ...entry, at: now });
    if (outcome.kind === 'refused') return { plan: stored, changed: false, refused: outcome.reason };
    outcome.plan.updatedAt = now;
    await plans.put(outcome.plan);
    return { plan: outcome.plan, changed: true };
  });
}

/** Writes a new plan and its first audit entries in one transaction. */
export function insert(access: StoreAccess, plan: RunPlan, entries: readonly AuditDraft[]): Promise<void> {
  return access.write(['plans', 'audit'], async (tx) => {
    await tx.objectStore('plans').add(plan);
    for (const entry of entries) await tx.objectStore('audit').add({ ...entry, at: plan.createdAt });
  });
}
