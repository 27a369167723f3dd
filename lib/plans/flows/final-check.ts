/**
 * The last step of every plan: both sides checked once more. Each earlier flow's last step is
 * verified again (API where there is one, the newest page observation otherwise; a page seen
 * before the user confirmed the step does not count against the confirmation, one seen after
 * it does); a side that cannot be checked counts only if its step was completed, and then as
 * what completed it (the user's confirmation stays a confirmation). The weakest evidence names
 * the whole check. A plan with no step for the provider's side (composed while the provider was
 * unknown) never passes: the check says which side is open.
 */
import { messageOf } from '../errors';
import { defineFlow } from '../define';
import type { CompletedBy, RunStep, StepProof, StepRun, VerifyResult } from '../types';

const STRENGTH: Record<CompletedBy, number> = { confirmed: 0, observed: 1, api: 2 };

/**
 * The last step of each flow before the final check, in plan order; in a people plan one flow
 * may run for several addresses (two team channels), each its own side.
 */
function proofSteps(steps: readonly RunStep[]): RunStep[] {
  const last = new Map<string, RunStep>();
  for (const step of steps) if (step.flow !== 'final-check') last.set(`${step.flow}@${step.context?.address ?? ''}`, step);
  return [...last.values()];
}

async function checkBothSides(run: StepRun): Promise<VerifyResult> {
  const proofs: StepProof[] = [];
  const present: string[] = [];
  const unknown: string[] = [];
  for (const step of proofSteps(run.plan.steps)) {
    let result: VerifyResult;
    try {
      result = await run.verifyStep(step);
    } catch (error) {
      result = { state: 'unknown', detail: messageOf(error), note: { code: 'check-failed' } };
    }
    if (result.state === 'present') present.push(step.id);
    else if (result.state === 'gone') proofs.push({ stepId: step.id, by: result.by ?? 'observed' });
    else if (step.state === 'done' && step.completedBy) proofs.push({ stepId: step.id, by: step.completedBy });
    else unknown.push(step.id);
  }
  if (present.length) return { state: 'present', detail: present.join(', '), note: { code: 'sides-present', data: { count: present.length } }, proofs };
  if (unknown.length) return { state: 'unknown', detail: unknown.join(', '), note: { code: 'sides-unknown', data: { count: unknown.length } }, proofs };
  // A side without any step was never checked: the plan cannot pass, whatever the other side shows.
  // A person's plan with no personal mailbox known is about HubSpot alone (its note tells the user
  // so): there is no mail provider's side to leave open.
  const hubspotOnly = run.plan.context.person !== undefined && (run.plan.notes ?? []).includes('no-personal-mailbox');
  if (!hubspotOnly && !run.plan.steps.some((step) => step.side === 'provider')) {
    return { state: 'unknown', open: 'provider', detail: 'provider side unchecked: the provider is not known', note: { code: 'provider-open', data: { address: run.plan.subject } }, proofs };
  }
  const weakest = proofs.reduce<CompletedBy>((acc, proof) => (STRENGTH[proof.by] < STRENGTH[acc] ? proof.by : acc), 'api');
  return { state: 'gone', by: weakest, detail: proofs.map((p) => `${p.stepId}: ${p.by}`).join('; '), note: { code: 'sides-proved' }, proofs };
}

export default defineFlow({
  id: 'final-check',
  side: 'check',
  steps: [
    {
      key: 'check',
      kind: 'verify',
      title: 'plan.final-check.check.title',
      explain: 'plan.final-check.check.explain',
      verify: checkBothSides,
    },
  ],
});
