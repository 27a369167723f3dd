/**
 * Removing yourself from the account (seed 002): Settings > General > Security > "Remove me from
 * this account" > type your email > "Remove". HubSpot greys the button out while you are a point
 * of contact in Account & Billing, so that step comes first (person-point-of-contact). No API:
 * guided, then verified through the users API (404).
 */
import { verifyRemoved } from '../checks/person';
import { defineFlow } from '../define';
import { securityLink } from '../deep-links';

export default defineFlow({
  id: 'remove-me',
  side: 'hubspot',
  steps: [
    {
      key: 'remove',
      kind: 'guided',
      title: 'plan.remove-me.remove.title',
      explain: 'plan.remove-me.remove.explain',
      deepLink: securityLink,
      target: () => ({ page: 'hubspot-security', labelKey: 'removeMe', then: ['removeMeConfirm'] }),
      check: verifyRemoved,
    },
    {
      key: 'verify',
      kind: 'verify',
      title: 'plan.remove-me.verify.title',
      explain: 'plan.remove-me.verify.explain',
      verify: verifyRemoved,
    },
  ],
});
