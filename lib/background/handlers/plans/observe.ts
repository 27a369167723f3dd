import type { Observation } from '../../../model';
import { backgroundPlanRunner } from './runner';

type Seen = Pick<Observation, 'kind' | 'address' | 'value' | 'observedAt'>;

/**
 * Feeds observations the observation handlers just stored to the running plans of their
 * addresses (a guided step completes when the page shows its outcome). A plan's trouble must not
 * fail the content script's report: the observation is stored either way, and `resume` (or the
 * next observation) catches the plan up.
 */
export async function feedObservationsToPlans(observations: readonly Seen[]): Promise<void> {
  for (const observation of observations) {
    try {
      await backgroundPlanRunner().observe(observation);
    } catch (error) {
      console.warn('[inboxlink] plan observation:', error instanceof Error ? error.message : error);
    }
  }
}
