/**
 * Provider side, Outlook.com (seeds/000 §5, providers.md §8): personal Microsoft accounts have no
 * Graph route, so the user removes HubSpot at account.live.com consent management ("Edit" →
 * "Remove these permissions") and the guide observes it gone.
 */
import { defineFlow } from '../define';
import { LIVE_CONSENT_URL } from '../deep-links';

export default defineFlow({
  id: 'revoke-outlook',
  side: 'provider',
  steps: [
    {
      key: 'remove',
      kind: 'guided',
      title: 'plan.revoke-outlook.remove.title',
      explain: 'plan.revoke-outlook.remove.explain',
      deepLink: () => LIVE_CONSENT_URL,
      target: (context) => ({ page: 'microsoft-live-consent', labelKey: 'edit', then: ['remove'], account: context.address }),
      observe: (context) => ({ kind: 'provider-grant', address: context.address, expect: { present: [false] } }),
    },
  ],
});
