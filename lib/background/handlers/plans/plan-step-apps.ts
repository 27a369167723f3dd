import type { Handlers } from '../../../messaging/router';
import type { PlanRunner } from '../../../plans';
import { backgroundPlanRunner } from './runner';

export type PlanStepAppsHandler = NonNullable<Handlers['plan/step-apps']>;

/**
 * The apps the current api step would act on, for its confirm dialog. Read-only: it lists them
 * with the admin's credential and changes nothing; a failure says `unavailable` (the dialog then
 * says that only known and confirmed apps are removed).
 */
export function createPlanStepAppsHandler(runner: () => PlanRunner): PlanStepAppsHandler {
  return async ({ planId, stepId }) => {
    let listing: Awaited<ReturnType<PlanRunner['stepApps']>>;
    try {
      listing = await runner().stepApps(planId, stepId);
    } catch {
      return { refused: 'unavailable' };
    }
    if (!listing) return { refused: 'not-current-api-step' };
    return { apps: listing.apps.map((app) => ({ id: app.id, name: app.name, scopes: app.scopes, identity: app.identity, ...(app.publisher ? { publisher: app.publisher } : {}) })) };
  };
}

export const planStepApps: PlanStepAppsHandler = createPlanStepAppsHandler(backgroundPlanRunner);
