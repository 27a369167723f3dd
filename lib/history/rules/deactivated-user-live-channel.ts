/**
 * deactivated-user-live-channel: the HubSpot user with this login was deactivated (or removed),
 * and the team channel on the same address is still live. Dated from HubSpot's own logs when the
 * token may read them (a DEACTIVATE_USER / REMOVE_USER security action, or the audit log's user
 * update), naming who did it; otherwise undated. HubSpot's API does not say who connected a
 * channel: the address is the link (as the finding deactivated-user-team-channel). Fix: the plan,
 * which deletes the team channel and revokes the provider's grant.
 */
import { departedUser, liveChannels } from '../../diagnose/facts';
import { userActions } from '../facts';
import { verdictOf, type VerdictRule } from '../verdict';

export const deactivatedUserLiveChannel: VerdictRule = {
  code: 'deactivated-user-live-channel',
  severity: 'warning',
  run(history) {
    const user = departedUser(history.facts);
    const channels = liveChannels(history.facts);
    if (!user || channels.length === 0) return undefined;
    const [action] = userActions(history, user.status === 'removed' ? ['REMOVE_USER', 'DELETE_USER'] : ['DEACTIVATE_USER']);
    const fix = { kind: 'plan', flow: 'delete-team-channel' } as const;
    const status = user.status;
    const names = channels.map((channel) => channel.name).join(', ');
    if (!action) return verdictOf(deactivatedUserLiveChannel, history, { variant: `${status}-undated`, params: { channel: names }, dates: {}, fix, evidence: channels.map((c) => `channel:${c.id}:now`) });
    return verdictOf(deactivatedUserLiveChannel, history, {
      variant: action.actor ? `${status}-by` : status,
      at: action.at,
      params: { channel: names, ...(action.actor ? { actor: action.actor } : {}) },
      dates: { date: action.at },
      fix,
      evidence: [action.id, ...channels.map((c) => `channel:${c.id}:now`)],
    });
  },
};
