/**
 * google-access-removed: Google's token log shows HubSpot's access revoked, with no authorization
 * since. The actor of Google's event is the user whose token it was (an admin's revocation is
 * logged with the admin as actor: then the sentence names them). While HubSpot still shows the
 * inbox connected, nothing reaches HubSpot any more: connect it again (the reconnect explainer).
 * When HubSpot no longer uses it either, the history explains a finished unlink: nothing to fix.
 */
import { eventsOf, hubspotShowsConnected } from '../facts';
import { verdictOf, type VerdictRule } from '../verdict';

export const googleAccessRemoved: VerdictRule = {
  code: 'google-access-removed',
  severity: 'warning',
  run(history) {
    const [newest] = eventsOf(history, 'google-token-audit', ['authorize', 'revoke']);
    if (newest?.kind !== 'revoke') return undefined;
    const connected = hubspotShowsConnected(history);
    const byOther = newest.actor && newest.actor !== history.address;
    return verdictOf(googleAccessRemoved, history, {
      variant: byOther ? 'by-admin' : 'by-user',
      at: newest.at,
      params: byOther ? { actor: newest.actor ?? '' } : {},
      dates: { date: newest.at },
      fix: connected ? { kind: 'reconnect', provider: 'google' } : { kind: 'none' },
      ...(connected ? {} : { severity: 'info' as const }),
      evidence: [newest.id],
    });
  },
};
