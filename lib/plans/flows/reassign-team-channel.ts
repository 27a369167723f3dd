/**
 * A team channel a departing person connected stays connected after their deactivation (seed
 * 002) and keeps running under their account. Instead of deleting it (delete-team-channel), the
 * admin may have a colleague connect it again under their own account in the inbox's Channels
 * settings. No API can tell who connected a channel: the admin confirms.
 */
import { defineFlow } from '../define';
import { channelsLink } from '../deep-links';

export default defineFlow({
  id: 'reassign-team-channel',
  side: 'hubspot',
  steps: [
    {
      key: 'reconnect',
      kind: 'guided',
      title: 'plan.reassign-team-channel.reconnect.title',
      explain: 'plan.reassign-team-channel.reconnect.explain',
      deepLink: channelsLink,
    },
  ],
});
