/**
 * grant-without-inbox (orphaned grant): Google or Microsoft grants HubSpot access for an address
 * (admin API or consent page) while HubSpot shows no inbox for it at all: no personal inbox seen
 * on the Connected emails page, no team channel. `warning` when no HubSpot user has the address
 * (nobody in HubSpot can be using it), `info` when an active user has it (their inbox may be
 * connected and simply not seen yet: the fix says to check first). Disabled or removed inboxes
 * are half-unlinked, departed users' grants deactivated-user-grant: not reported twice. A
 * personal inbox its owner's complete Connected emails page did not list (`not-connected`) is
 * HubSpot showing no inbox, seen: `warning`, with that page as evidence.
 */
import { crmSideEvidence, departedUser, grantEvidence, grantState, hubspotUser, notConnectedInHubSpot, providerOf, revokeFlowFor, verdictFor } from '../facts';
import { findingOf, NO_FINDINGS, type Rule } from '../rule';

export const grantWithoutInbox: Rule = {
  code: 'grant-without-inbox',
  severity: 'warning',
  run(snapshot, now) {
    return snapshot.onEitherSide.flatMap((facts) => {
      if (grantState(facts).state !== 'present' || departedUser(facts)) return NO_FINDINGS;
      const seenAbsent = notConnectedInHubSpot(facts);
      if (!seenAbsent && verdictFor(facts).status !== 'unknown') return NO_FINDINGS;
      return [
        findingOf(grantWithoutInbox, facts.address, now, {
          evidence: seenAbsent ? [...crmSideEvidence(facts), ...grantEvidence(facts)] : grantEvidence(facts),
          severity: seenAbsent || !hubspotUser(facts) ? 'warning' : 'info',
          planFlow: revokeFlowFor(providerOf(facts)),
        }),
      ];
    });
  },
};
