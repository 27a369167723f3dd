/**
 * HubSpot side of a personal inbox (seeds/000 §1): Connected emails → "Disable" → "Yes, disable"
 * → the row shows "Disabled" → "Remove" → "Yes, remove inbox". HubSpot has no API for personal
 * inboxes (hubspot.md §4), so both steps are guided and completed by what the guide observes on
 * the page (or the user's confirmation when it cannot see the page).
 */
import { personalSideFrom } from '../../status/mailbox-facts';
import { defineFlow } from '../define';
import { connectedEmailsLink } from '../deep-links';

export default defineFlow({
  id: 'disconnect-personal-inbox',
  side: 'hubspot',
  steps: [
    {
      key: 'disable',
      kind: 'guided',
      title: 'plan.disconnect-personal-inbox.disable.title',
      explain: 'plan.disconnect-personal-inbox.disable.explain',
      deepLink: connectedEmailsLink,
      target: (context) => ({ page: 'hubspot-connected-emails', labelKey: 'disable', then: ['yesDisable'], rowAddress: context.address }),
      // A removed inbox was necessarily disabled first (HubSpot refuses to remove it otherwise).
      observe: (context) => ({ kind: 'crm-personal-inbox', address: context.address, expect: { state: ['disabled', 'removed'] } }),
      satisfiedBy: (facts, context) => ['disabled', 'removed', 'not-connected'].includes(personalSideFrom(facts.observations, { portalId: context.portal.id })?.state ?? ''),
    },
    {
      key: 'remove',
      kind: 'guided',
      title: 'plan.disconnect-personal-inbox.remove.title',
      explain: 'plan.disconnect-personal-inbox.remove.explain',
      deepLink: connectedEmailsLink,
      target: (context) => ({ page: 'hubspot-connected-emails', labelKey: 'remove', then: ['yesRemoveInbox'], rowAddress: context.address }),
      observe: (context) => ({ kind: 'crm-personal-inbox', address: context.address, expect: { state: ['removed'] } }),
      // Not listed on its owner's page at all: there is nothing to remove in HubSpot.
      satisfiedBy: (facts, context) => ['removed', 'not-connected'].includes(personalSideFrom(facts.observations, { portalId: context.portal.id })?.state ?? ''),
    },
  ],
});
