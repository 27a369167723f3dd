/**
 * Deactivating a HubSpot user (seed 002): Settings > Users & Teams > hover the user > "Actions" >
 * "Deactivate user" > confirm. No API deactivates (hubspot.md §1), so the click is guided on the
 * user's row; the outcome is read through the owners API (a deactivated user's owner is archived)
 * as soon as it shows, and the verify step proves it again with the security activity's entry
 * (who deactivated, when) where the token may read it.
 */
import { verifyDeactivated } from '../checks/person';
import { defineFlow } from '../define';
import { usersLink } from '../deep-links';

export default defineFlow({
  id: 'deactivate-user',
  side: 'hubspot',
  steps: [
    {
      key: 'deactivate',
      kind: 'guided',
      title: 'plan.deactivate-user.deactivate.title',
      explain: 'plan.deactivate-user.deactivate.explain',
      deepLink: usersLink,
      target: (context) => ({ page: 'hubspot-users', labelKey: 'actions', then: ['deactivateUser', 'deactivateConfirm'], rowAddress: context.address }),
      check: verifyDeactivated,
    },
    {
      key: 'verify',
      kind: 'verify',
      title: 'plan.deactivate-user.verify.title',
      explain: 'plan.deactivate-user.verify.explain',
      verify: verifyDeactivated,
    },
  ],
});
