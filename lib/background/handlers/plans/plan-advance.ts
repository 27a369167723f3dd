import type { Handlers } from '../../../messaging/router';
import type { PlanRunner } from '../../../plans';
import { apiRevokeAllowed, readPolicy, type PolicyReading } from '../../../policy';
import { backgroundPlanRunner } from './runner';

export type PlanAdvanceHandler = NonNullable<Handlers['plan/advance']>;

/**
 * One user event for a plan. The runner decides (and audits) what is allowed: a `run-api`
 * without `confirmed: true` is refused there, not here, so the refusal is in the audit log too.
 */
export function createPlanAdvanceHandler(runner: () => PlanRunner, policy: () => Promise<PolicyReading> = readPolicy): PlanAdvanceHandler {
  return async ({ planId, event }) => {
    // A plan composed before the organisation forbade API revocation still has its api step:
    // nothing is called. The person cancels and starts again to get the guided steps.
    if (event.type === 'run-api' && !apiRevokeAllowed((await policy()).policy)) {
      return { changed: false, status: null, refused: 'forbidden-by-policy' };
    }
    const result = await runner().advance(planId, event);
    return {
      changed: result.changed,
      status: result.plan?.status ?? null,
      ...(result.refused ? { refused: result.refused } : {}),
    };
  };
}

export const planAdvance: PlanAdvanceHandler = createPlanAdvanceHandler(backgroundPlanRunner);
