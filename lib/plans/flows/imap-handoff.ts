/**
 * Provider side, IMAP (seeds/000: "contact your IT department"): there is no grant to revoke, only
 * credentials HubSpot holds. The step hands IT a prepared message (lib/plans/imap-message.ts) and
 * completes on the user's confirmation, which the record says.
 */
import { defineFlow } from '../define';

export default defineFlow({
  id: 'imap-handoff',
  side: 'provider',
  steps: [
    {
      key: 'handoff',
      kind: 'handoff',
      title: 'plan.imap-handoff.handoff.title',
      explain: 'plan.imap-handoff.handoff.explain',
    },
  ],
});
