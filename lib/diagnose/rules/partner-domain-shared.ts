/**
 * partner-domain-shared: the partner employee domain the Automation page shows is a shared mail
 * domain (gmail.com, wp.pl, …: lib/partner/shared-domains.ts). HubSpot cannot recognise the
 * partner's employees by it (seeds 001, 004); the fix is a guided change by a Super Admin.
 */
import { partnerProblem } from '../partner-check';
import { findingOf, type Rule } from '../rule';

export const partnerDomainShared: Rule = {
  code: 'partner-domain-shared',
  severity: 'warning',
  planFlow: 'change-partner-domain',
  run(snapshot, now) {
    const check = partnerProblem(snapshot, now, 'shared');
    return check ? [findingOf(partnerDomainShared, check.subject, now, { evidence: check.evidence })] : [];
  },
};
