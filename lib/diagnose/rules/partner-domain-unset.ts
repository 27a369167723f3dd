/**
 * partner-domain-unset: the Automation page's partner employee domain field is empty. HubSpot
 * then recognises no employee and keeps sending notifications (seed 001), even when every
 * employee is on a shared domain.
 */
import { partnerProblem } from '../partner-check';
import { findingOf, type Rule } from '../rule';

export const partnerDomainUnset: Rule = {
  code: 'partner-domain-unset',
  severity: 'warning',
  planFlow: 'change-partner-domain',
  run(snapshot, now) {
    const check = partnerProblem(snapshot, now, 'unset');
    return check ? [findingOf(partnerDomainUnset, check.subject, now, { evidence: check.evidence })] : [];
  },
};
