import type { PlanRunner } from '../plans';
import { backgroundPlanRunner } from './handlers/plans/runner';

/**
 * On every worker start: each running plan gets `resume`, so an api step whose worker died
 * between intent and result is verified with the provider (never called twice), and verify
 * steps and already-observed guided steps catch up. One plan's failure does not stop the others.
 */
export async function resumeRunningPlans(runner: PlanRunner = backgroundPlanRunner()): Promise<number> {
  const running = await runner.runningPlans();
  await Promise.all(
    running.map((plan) =>
      runner.advance(plan.id, { type: 'resume' }).catch((error: unknown) => {
        console.warn('[inboxlink] plan resume:', plan.id, error instanceof Error ? error.message : error);
      }),
    ),
  );
  return running.length;
}
