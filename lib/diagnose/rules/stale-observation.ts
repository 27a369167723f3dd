/**
 * stale-observation: a personal inbox whose HubSpot side (connected or disabled) was last seen on
 * the Connected emails page more than 30 days ago. There is no API for personal inboxes, so that
 * page is the only evidence; an old reading may no longer hold. Removed inboxes are not reported
 * (nothing is left in HubSpot to change), nor team inboxes (the sync reads them).
 */
import { ageEvidence, crmEvidence } from '../evidence';
import { liveChannels, personalSide } from '../facts';
import { findingOf, NO_FINDINGS, type Rule } from '../rule';

export const STALE_AFTER_DAYS = 30;
const DAY_MS = 86_400_000;

export const staleObservation: Rule = {
  code: 'stale-observation',
  severity: 'info',
  run(snapshot, now) {
    const nowMs = Date.parse(now);
    return snapshot.onEitherSide.flatMap((facts) => {
      const side = personalSide(facts);
      if (!side || side.state === 'removed' || liveChannels(facts).length > 0) return NO_FINDINGS;
      const days = Math.floor((nowMs - Date.parse(side.evidence.at)) / DAY_MS);
      if (!(days > STALE_AFTER_DAYS)) return NO_FINDINGS;
      return [findingOf(staleObservation, facts.address, now, { evidence: [crmEvidence(side), ageEvidence(days)] })];
    });
  },
};
