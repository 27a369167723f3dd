/**
 * What a page the guide watched does to a running plan: completing the guided steps an
 * observation satisfies, or noting on the current step why the page proved nothing.
 */
import { isAbout, satisfies } from './observe';
import { boundSpec } from './observe-binding';
import { commit, type Committed } from './persist';
import type { RunnerEnv } from './step-work';
import { audit, changed, completeStep, currentStep, unchanged } from './transitions';
import type { SeenObservation, StepNote } from './types';

/**
 * Completes the current guided step, and the ones right after it, that the observation satisfies:
 * about the plan's address, from a page the step's binding accepts, after the step was activated.
 */
export function applyObservation(env: RunnerEnv, planId: string, seen: SeenObservation): Promise<Committed> {
  return commit(env.access, planId, (plan, now) => {
    if (plan.status !== 'running') return unchanged;
    // Only what was seen after the user was sent there counts (an old page says nothing new).
    const floor = currentStep(plan)?.activatedAt ?? '';
    const trail = [];
    for (let step = currentStep(plan); step?.kind === 'guided' && step.state === 'active' && step.observe; step = currentStep(plan)) {
      const spec = boundSpec(plan, step);
      if (!spec || !satisfies(spec, seen) || seen.observedAt < floor) break;
      const where = seen.host ? ` on ${seen.host}` : '';
      trail.push(audit(plan, 'guide', 'step.observed', 'observed', `${step.id}: ${JSON.stringify(seen.value)}${where} at ${seen.observedAt}`, step));
      trail.push(...completeStep(plan, step, 'observed', now, `seen${where} at ${seen.observedAt}`));
    }
    return trail.length ? changed(plan, trail) : unchanged;
  });
}

/** Why a page that no longer showed what a step removes proves nothing (lib/background/handlers/observation-snapshot.ts). */
export type UnprovenReason = 'filtered' | 'paginated' | 'partial' | 'may-hide' | 'no-action';
/** What decides the step instead: the user's explicit confirmation, or an API check that follows. */
export type UnprovenThen = 'confirm' | 'api';
export type UnprovenSeen = SeenObservation & { reason: UnprovenReason };

/**
 * The current guided step's page no longer showed what the step removes, but that proves nothing
 * (a searched or partial list, My Apps, or no action of the user on that page): the step stays
 * open and its note says why and what decides instead, so the side panel can tell the user.
 */
export function applyUnproven(env: RunnerEnv, planId: string, seen: UnprovenSeen, then: UnprovenThen): Promise<Committed> {
  return commit(env.access, planId, (plan) => {
    const step = plan.status === 'running' ? currentStep(plan) : undefined;
    const spec = step?.kind === 'guided' && step.state === 'active' ? boundSpec(plan, step) : undefined;
    if (!step || !spec || !isAbout(spec, seen) || seen.observedAt < (step.activatedAt ?? '')) return unchanged;
    const note: StepNote = { code: 'page-unproven', data: { host: seen.host, reason: seen.reason, then } };
    if (JSON.stringify(step.note) === JSON.stringify(note)) return unchanged;
    step.note = note;
    return changed(plan, [audit(plan, 'guide', 'step.unproven', 'observed', `${step.id}: ${seen.host} no longer showed it (${seen.reason}); not counted, ${then} decides`, step)]);
  });
}
