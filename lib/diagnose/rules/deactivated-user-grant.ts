/**
 * deactivated-user-grant: a HubSpot user who is deactivated (archived owner) or removed still has
 * a grant to HubSpot present at Google or Microsoft for their address. Deactivating disconnects
 * the personal inbox in HubSpot (seed 002) but never touches the provider's side, so the grant
 * stays until someone revokes it.
 */
import { userEvidence } from '../evidence';
import { crmSideEvidence, departedUser, grantEvidence, grantState, providerOf, revokeFlowFor } from '../facts';
import { findingOf, NO_FINDINGS, type Rule } from '../rule';

export const deactivatedUserGrant: Rule = {
  code: 'deactivated-user-grant',
  severity: 'critical',
  run(snapshot, now) {
    return snapshot.onEitherSide.flatMap((facts) => {
      const user = departedUser(facts);
      if (!user || grantState(facts).state !== 'present') return NO_FINDINGS;
      return [
        findingOf(deactivatedUserGrant, facts.address, now, {
          evidence: [userEvidence(user), ...grantEvidence(facts), ...crmSideEvidence(facts)],
          planFlow: revokeFlowFor(providerOf(facts)),
        }),
      ];
    });
  },
};
