import type { Handlers } from '../../../messaging/router';
import { readPlanInputs, type PlanRunner } from '../../../plans';
import { apiRevokeAllowed, readPolicy, type PolicyReading } from '../../../policy';
import { createStoreAccess, type StoreAccess } from '../../../store/access';
import { backgroundPlanRunner } from './runner';

export type PlanStartHandler = NonNullable<Handlers['plan/start']>;

/**
 * Starts the unlink plan for a mailbox (or answers the running one). Without a HubSpot portal
 * there are no deep links and no HubSpot side to unlink: the UI asks to connect HubSpot first.
 */
export function createPlanStartHandler(access: () => StoreAccess, runner: () => PlanRunner, policy: () => Promise<PolicyReading> = readPolicy): PlanStartHandler {
  return async ({ address }) => {
    const [inputs, reading] = await Promise.all([readPlanInputs(access(), address), policy()]);
    if (!inputs.portal) return { refused: 'no-portal' };
    // Guided only when the organisation forbids API revocation: no admin capability, so the plan
    // guides the person through the provider's own page instead of calling an admin API.
    const capabilities = apiRevokeAllowed(reading.policy) ? inputs.capabilities : {};
    const plan = await runner().startPlan({ facts: inputs.facts, capabilities, portal: inputs.portal });
    return { planId: plan.id };
  };
}

export const planStart: PlanStartHandler = createPlanStartHandler(createStoreAccess, backgroundPlanRunner);
