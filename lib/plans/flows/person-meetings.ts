/**
 * Prerequisite (seed 002): scheduling pages the person owns, group and round-robin pages and
 * meeting rotations they are part of, and their default meeting link (which cannot be transferred:
 * they turn scheduling off, or the admin removes them after deactivating). Otherwise meetings are
 * still booked with them. No public API: reviewed in HubSpot and confirmed.
 */
import { defineFlow } from '../define';
import { meetingsLink } from '../deep-links';

export default defineFlow({
  id: 'person-meetings',
  side: 'hubspot',
  steps: [
    {
      key: 'review',
      kind: 'guided',
      title: 'plan.person-meetings.review.title',
      explain: 'plan.person-meetings.review.explain',
      deepLink: meetingsLink,
    },
  ],
});
