/**
 * The departing person's personal inbox, disconnected: seen on their Connected emails page, or
 * known from their deactivation or removal through the API (HubSpot disconnects a deactivated
 * user's personal emails, seed 002). Composed after the deactivation, so it usually checks itself.
 */
import { verifyPersonalInboxGone } from '../checks/person-inbox';
import { defineFlow } from '../define';

export default defineFlow({
  id: 'person-inbox',
  side: 'hubspot',
  steps: [
    {
      key: 'disconnected',
      kind: 'verify',
      title: 'plan.person-inbox.disconnected.title',
      explain: 'plan.person-inbox.disconnected.explain',
      verify: verifyPersonalInboxGone,
    },
  ],
});
