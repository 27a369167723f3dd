/**
 * Making a user a Super Admin (seed 003): no API (`superAdmin` is read-only, hubspot.md §1).
 * Guided on the user's row in Users & Teams: "Actions" > "Make Super Admin" > confirm; seen
 * through the users API (superAdmin: true) and recorded as done in HubSpot, not by Inboxlink.
 */
import { verifySuperAdmin } from '../checks/person';
import { defineFlow } from '../define';
import { usersLink } from '../deep-links';

export default defineFlow({
  id: 'make-super-admin',
  side: 'hubspot',
  steps: [
    {
      key: 'promote',
      kind: 'guided',
      title: 'plan.make-super-admin.promote.title',
      explain: 'plan.make-super-admin.promote.explain',
      deepLink: usersLink,
      target: (context) => ({ page: 'hubspot-users', labelKey: 'actions', then: ['makeSuperAdmin', 'makeSuperAdminConfirm'], rowAddress: context.address }),
      check: verifySuperAdmin,
    },
    {
      key: 'verify',
      kind: 'verify',
      title: 'plan.make-super-admin.verify.title',
      explain: 'plan.make-super-admin.verify.explain',
      verify: verifySuperAdmin,
    },
  ],
});
