/**
 * broken-connection: HubSpot shows the mailbox connected but it does not work: a personal inbox
 * with HubSpot's error notice, a team channel that is inactive or unauthorized, or a connected
 * inbox whose provider grant is known to be gone (lib/status's 'broken'). The fix is to reconnect
 * in HubSpot or, if the mailbox is no longer used, to disconnect it.
 */
import { crmSideEvidence, grantEvidence, grantState, verdictFor } from '../facts';
import { findingOf, NO_FINDINGS, type Rule } from '../rule';

export const brokenConnection: Rule = {
  code: 'broken-connection',
  severity: 'warning',
  planFlow: 'disconnect-personal-inbox',
  run(snapshot, now) {
    return snapshot.onEitherSide.flatMap((facts) => {
      const verdict = verdictFor(facts);
      if (verdict.status !== 'broken') return NO_FINDINGS;
      const grantGone = grantState(facts).state === 'absent';
      return [
        findingOf(brokenConnection, facts.address, now, {
          evidence: [...crmSideEvidence(facts), ...(grantGone ? grantEvidence(facts) : [])],
          planFlow: verdict.kind === 'team' ? 'delete-team-channel' : 'disconnect-personal-inbox',
        }),
      ];
    });
  },
};
