/**
 * half-unlinked: HubSpot no longer uses the mailbox (personal inbox disabled or removed, team
 * channel archived or gone) but the provider grant is present or not verified gone. IMAP has no
 * grant and is never half-unlinked (lib/status decides). A departed user's present grant is
 * reported by deactivated-user-grant instead, so one leftover grant gives one finding.
 */
import { formatEvidence } from '../evidence';
import { crmSideEvidence, departedUser, grantEvidence, grantState, notConnectedInHubSpot, providerOf, revokeFlowFor, verdictFor } from '../facts';
import { findingOf, NO_FINDINGS, type Rule } from '../rule';

export const halfUnlinked: Rule = {
  code: 'half-unlinked',
  severity: 'warning',
  run(snapshot, now) {
    return snapshot.onEitherSide.flatMap((facts) => {
      if (verdictFor(facts).status !== 'half-unlinked') return NO_FINDINGS;
      const grant = grantState(facts);
      if (grant.state === 'present' && departedUser(facts)) return NO_FINDINGS;
      // Never connected per its owner's page, grant present: grant-without-inbox reports it.
      if (grant.state === 'present' && notConnectedInHubSpot(facts)) return NO_FINDINGS;
      const provider = providerOf(facts);
      const grants = grantEvidence(facts);
      const evidence = [...crmSideEvidence(facts), ...(grants.length ? grants : [formatEvidence({ type: 'grant', value: [provider, 'unknown'] })])];
      return [
        findingOf(halfUnlinked, facts.address, now, {
          evidence,
          severity: grant.state === 'present' ? 'warning' : 'info',
          planFlow: revokeFlowFor(provider),
        }),
      ];
    });
  },
};
