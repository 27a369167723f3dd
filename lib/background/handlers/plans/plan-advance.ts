import type { Handlers } from '../../../messaging/router';
import type { PlanRunner } from '../../../plans';
import { backgroundPlanRunner } from './runner';

export type PlanAdvanceHandler = NonNullable<Handlers['plan/advance']>;

/**
 * One user event for a plan. The runner decides (and audits) what is allowed: a `run-api`
 * without `confirmed: true` is refused there, not here, so the refusal is in the audit log too.
 */
export function createPlanAdvanceHandler(runner: () => PlanRunner): PlanAdvanceHandler {
  return async ({ planId, event }) => {
    const result = await runner().advance(planId, event);
    return {
      changed: result.changed,
      status: result.plan?.status ?? null,
      ...(result.refused ? { refused: result.refused } : {}),
    };
  };
}

export const planAdvance: PlanAdvanceHandler = createPlanAdvanceHandler(backgroundPlanRunner);
