/**
 * Prerequisite (seed 002): workflows and other assets the person owns or is a filter criterion
 * in. No public API lists them, so the admin reviews them in HubSpot and confirms.
 */
import { defineFlow } from '../define';
import { workflowsLink } from '../deep-links';

export default defineFlow({
  id: 'person-workflows',
  side: 'hubspot',
  steps: [
    {
      key: 'review',
      kind: 'guided',
      title: 'plan.person-workflows.review.title',
      explain: 'plan.person-workflows.review.explain',
      deepLink: workflowsLink,
    },
  ],
});
