/**
 * Pure state changes of a persisted plan. Each returns the changed plan and the audit entries
 * that describe it; persist.ts writes both in one transaction. Steps run in order: the current
 * step is the first one neither done nor skipped.
 */
import type { AuditEntry } from '../model';
import { subjectOf } from './step-context';
import type { CompletedBy, RunPlan, RunStep, StepNote, VerifyResult } from './types';

export type AuditDraft = Omit<AuditEntry, 'id' | 'at'>;

export type Transition =
  | { kind: 'changed'; plan: RunPlan; audit: AuditDraft[] }
  | { kind: 'refused'; reason: string; audit: AuditDraft[] }
  | { kind: 'unchanged' };

export const unchanged: Transition = { kind: 'unchanged' };
export const changed = (plan: RunPlan, trail: AuditDraft[]): Transition => ({ kind: 'changed', plan, audit: trail });
export const refused = (reason: string, audit: AuditDraft[] = []): Transition => ({ kind: 'refused', reason, audit });

export function currentStep(plan: RunPlan): RunStep | undefined {
  return plan.steps.find((step) => step.state !== 'done' && step.state !== 'skipped');
}

export function findStep(plan: RunPlan, stepId: string): RunStep | undefined {
  return plan.steps.find((step) => step.id === stepId);
}

/** An audit entry about the plan, or (with `step`) about the address that step acts on. */
export function audit(plan: RunPlan, actor: string, action: string, result: AuditEntry['result'], detail: string, step?: RunStep): AuditDraft {
  return { actor, action, subject: subjectOf(plan, step), result, detail: `${plan.id} ${detail}` };
}

/** Makes the next step active, or ends the plan when none is left. */
export function activateNext(plan: RunPlan, now: string): AuditDraft[] {
  // A cancelled plan still records late truths (a verified intent) but starts nothing new.
  if (plan.status !== 'running') return [];
  const next = currentStep(plan);
  if (!next) {
    plan.status = 'done';
    return [audit(plan, 'inboxlink', 'plan.done', 'ok', 'every step done')];
  }
  if (next.state === 'pending') {
    next.state = 'active';
    next.activatedAt = now;
  }
  return [];
}

export function completeStep(plan: RunPlan, step: RunStep, by: CompletedBy, now: string, detail?: string, note?: StepNote): AuditDraft[] {
  step.state = 'done';
  step.completedBy = by;
  step.resultAt = now;
  delete step.error;
  if (detail !== undefined) step.detail = detail;
  if (note !== undefined) step.note = note;
  else delete step.note;
  return activateNext(plan, now);
}

export function recordIntent(step: RunStep, now: string): void {
  step.state = 'intent-recorded';
  step.intentAt = now;
  delete step.resultAt;
  delete step.error;
  delete step.sentAt;
}

/** Ends a plan at the user's word. An intent without a result stays as it is: resume still verifies it. */
export function cancelPlan(plan: RunPlan): void {
  plan.status = 'cancelled';
  for (const step of plan.steps) {
    if (step.state === 'pending' || step.state === 'active') step.state = 'skipped';
  }
}

/**
 * The final check found a side no step checks (the provider was unknown): the plan ends
 * `partial` — HubSpot's side done, the provider's still open — never "done". It opens again when
 * the provider becomes known (lib/plans/grow.ts).
 */
export function endWithSideOpen(plan: RunPlan, step: RunStep, result: VerifyResult, now: string): AuditDraft[] {
  Object.assign(step, { state: 'failed', error: 'side-open', detail: result.detail, note: result.note, resultAt: now });
  plan.status = 'partial';
  return [
    audit(plan, 'inboxlink', 'step.verify', 'failed', `${step.id}: ${result.detail ?? 'a side is unchecked'}`),
    audit(plan, 'inboxlink', 'plan.partial', 'failed', `HubSpot side done; ${result.open ?? 'provider'} side still open`),
  ];
}
