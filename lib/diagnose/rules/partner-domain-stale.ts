/**
 * partner-domain-stale: the partner employee domain was last seen on the Automation page more
 * than 30 days ago (PARTNER_DOMAIN_STALE_DAYS). No API reads it, so that page is the only
 * evidence, and an old reading may no longer hold.
 */
import { ageEvidence } from '../evidence';
import { partnerProblem } from '../partner-check';
import { findingOf, type Rule } from '../rule';

export const partnerDomainStale: Rule = {
  code: 'partner-domain-stale',
  severity: 'info',
  run(snapshot, now) {
    const check = partnerProblem(snapshot, now, 'stale');
    if (!check) return [];
    return [findingOf(partnerDomainStale, check.subject, now, { evidence: [...check.evidence, ageEvidence(check.assessment.ageDays ?? 0)] })];
  },
};
