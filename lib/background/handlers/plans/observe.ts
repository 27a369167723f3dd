import type { SeenObservation, UnprovenSeen } from '../../../plans';
import { backgroundPlanRunner } from './runner';

type Seen = SeenObservation;

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

/** A page's "gone" reading that proves nothing (observation-snapshot.ts): the steps it is about say so. */
export type UnprovenSighting = UnprovenSeen;

export async function feedUnprovenToPlans(sightings: readonly UnprovenSighting[]): Promise<void> {
  for (const seen of sightings) {
    try {
      await backgroundPlanRunner().noteUnproven(seen);
    } catch (error) {
      console.warn('[inboxlink] plan observation:', error instanceof Error ? error.message : error);
    }
  }
}
