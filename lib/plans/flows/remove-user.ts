/**
 * Removing a HubSpot user, irreversibly (seed 002: only after deactivation; "cannot be undone").
 * Composed only after the deactivation steps; the admin types the person's address to confirm,
 * then one Users API DELETE (never retried by the client), verified by the users API answering
 * 404. The call refuses the last Super Admin and yourself (lib/plans/checks/remove-user.ts).
 */
import { removalRefusal, removeHubSpotUser } from '../checks/remove-user';
import { verifyRemoved } from '../checks/person';
import { defineFlow } from '../define';
import { usersLink } from '../deep-links';

export default defineFlow({
  id: 'remove-user',
  side: 'hubspot',
  steps: [
    {
      key: 'remove',
      kind: 'api',
      needs: 'hubspot',
      title: 'plan.remove-user.remove.title',
      explain: 'plan.remove-user.remove.explain',
      confirm: 'plan.remove-user.remove.confirm',
      deepLink: usersLink,
      typedConfirmation: (context) => context.address,
      precheck: removalRefusal,
      act: removeHubSpotUser,
      verify: verifyRemoved,
    },
    {
      key: 'verify',
      kind: 'verify',
      title: 'plan.remove-user.verify.title',
      explain: 'plan.remove-user.verify.explain',
      verify: verifyRemoved,
    },
  ],
});
