/**
 * Reactivating a deactivated user (seed 002): Users & Teams > the user > "Actions" > "Reactivate
 * user" > "Reactivate user" in the dialog; seats held before come back. No API: guided on the
 * user's row, verified through the owners API (the owner is live again).
 */
import { verifyReactivated } from '../checks/person';
import { defineFlow } from '../define';
import { usersLink } from '../deep-links';

export default defineFlow({
  id: 'reactivate-user',
  side: 'hubspot',
  steps: [
    {
      key: 'reactivate',
      kind: 'guided',
      title: 'plan.reactivate-user.reactivate.title',
      explain: 'plan.reactivate-user.reactivate.explain',
      deepLink: usersLink,
      target: (context) => ({ page: 'hubspot-users', labelKey: 'actions', then: ['reactivateUser', 'reactivateConfirm'], rowAddress: context.address }),
      check: verifyReactivated,
    },
    {
      key: 'verify',
      kind: 'verify',
      title: 'plan.reactivate-user.verify.title',
      explain: 'plan.reactivate-user.verify.explain',
      verify: verifyReactivated,
    },
  ],
});
