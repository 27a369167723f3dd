/**
 * Prerequisite (seeds 002, 003): a point of contact in Account & Billing must leave that role
 * before the user can be removed (and cannot remove themselves while one). Company info > points
 * of contact > "Remove from role" > "Yes, remove from role"; a primary contact is replaced by
 * another user. No public API shows the points of contact: guided on the page, confirmed.
 */
import { defineFlow } from '../define';
import { accountContactsLink } from '../deep-links';

export default defineFlow({
  id: 'person-point-of-contact',
  side: 'hubspot',
  steps: [
    {
      key: 'remove',
      kind: 'guided',
      title: 'plan.person-point-of-contact.remove.title',
      explain: 'plan.person-point-of-contact.remove.explain',
      deepLink: accountContactsLink,
      target: (context) => ({ page: 'hubspot-account-contacts', labelKey: 'removeFromRole', then: ['yesRemoveFromRole'], rowAddress: context.address }),
    },
  ],
});
