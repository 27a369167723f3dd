/**
 * partner-domain-minority: fewer than half of the active HubSpot users are on the partner employee
 * domain while another company domain has more of them: HubSpot misses most employees, and the
 * domain most client-facing employees use is the one to enter (seed 001). Not raised when the rest
 * are on shared domains: then the domain is right and they belong in the Client Access Manager.
 */
import { partnerProblem } from '../partner-check';
import { findingOf, type Rule } from '../rule';

export const partnerDomainMinority: Rule = {
  code: 'partner-domain-minority',
  severity: 'warning',
  planFlow: 'change-partner-domain',
  run(snapshot, now) {
    const check = partnerProblem(snapshot, now, 'minority');
    return check ? [findingOf(partnerDomainMinority, check.subject, now, { evidence: check.evidence })] : [];
  },
};
