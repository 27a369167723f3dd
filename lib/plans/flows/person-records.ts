/**
 * Prerequisite (seeds 002, 003): records the person owns — contacts, companies, deals, tickets —
 * reassigned first. Counted through HubSpot's CRM search where the token may search; otherwise
 * the step names the missing scopes and the admin checks on the person's page and confirms.
 */
import { verifyNoOwnedRecords } from '../checks/owned-records';
import { defineFlow } from '../define';
import { userLink } from '../deep-links';

export default defineFlow({
  id: 'person-records',
  side: 'hubspot',
  steps: [
    {
      key: 'check',
      kind: 'verify',
      title: 'plan.person-records.check.title',
      explain: 'plan.person-records.check.explain',
      deepLink: userLink,
      verify: verifyNoOwnedRecords,
    },
  ],
});
