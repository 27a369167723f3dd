/**
 * deactivated-user-team-channel: a team channel HubSpot still has (not archived, not gone) whose
 * delivery address is the login of a deactivated or removed HubSpot user. Seed 002: team emails a
 * user connected stay connected after deactivation. HubSpot's API does not say who connected a
 * channel, so the one link we can evidence is the address itself: a departed person's own mailbox
 * still feeding a shared Conversations inbox.
 */
import { channelEvidence, userEvidence } from '../evidence';
import { departedUser, liveChannels } from '../facts';
import { findingOf, NO_FINDINGS, type Rule } from '../rule';

export const deactivatedUserTeamChannel: Rule = {
  code: 'deactivated-user-team-channel',
  severity: 'warning',
  planFlow: 'delete-team-channel',
  run(snapshot, now) {
    return snapshot.onEitherSide.flatMap((facts) => {
      const user = departedUser(facts);
      const channels = liveChannels(facts);
      if (!user || channels.length === 0) return NO_FINDINGS;
      return [findingOf(deactivatedUserTeamChannel, facts.address, now, { evidence: [userEvidence(user), ...channels.map(channelEvidence)] })];
    });
  },
};
