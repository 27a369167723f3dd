/**
 * HubSpot side of a team inbox (seeds/000 §2): Conversations inbox → Settings → "Channels" →
 * hover the email channel → "Delete" → "Yes, delete". There is no write API for native channels
 * (hubspot.md §3), so the click is guided; the result is then verified through the read-only
 * channel-accounts API.
 */
import { normalizeAddress } from '../../model';
import { defineFlow } from '../define';
import { channelsLink } from '../deep-links';
import { verifyChannelGone } from '../checks/channel';

export default defineFlow({
  id: 'delete-team-channel',
  side: 'hubspot',
  steps: [
    {
      key: 'delete',
      kind: 'guided',
      title: 'plan.delete-team-channel.delete.title',
      explain: 'plan.delete-team-channel.delete.explain',
      deepLink: channelsLink,
      target: (context) => ({ page: 'hubspot-channels', labelKey: 'delete', then: ['yesDelete'], rowAddress: context.address }),
      // The channel of the plan's inbox: a Channels page lists one inbox's channels.
      observe: (context) => ({ kind: 'crm-team-channel', address: context.address, expect: { archived: [true], ...(context.inboxId === undefined ? {} : { inboxId: [context.inboxId] }) } }),
      satisfiedBy: (facts, context) => {
        const mine = facts.channelAccounts.filter((a) => normalizeAddress(a.address ?? '') === normalizeAddress(context.address));
        return mine.length > 0 && mine.every((a) => a.archived || a.goneAt !== undefined);
      },
    },
    {
      key: 'verify',
      kind: 'verify',
      title: 'plan.delete-team-channel.verify.title',
      explain: 'plan.delete-team-channel.verify.explain',
      verify: verifyChannelGone,
    },
  ],
});
