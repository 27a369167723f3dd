/**
 * Provider side, Google consumer account (seeds/000 §3, providers.md §3): no API lets anyone but
 * a Workspace admin remove another app's grant, so the user removes it on the account's
 * third-party connections page and the guide observes HubSpot gone from the list.
 */
import { defineFlow } from '../define';
import { GOOGLE_CONNECTIONS_URL } from '../deep-links';

export default defineFlow({
  id: 'revoke-google-consumer',
  side: 'provider',
  steps: [
    {
      key: 'remove-access',
      kind: 'guided',
      title: 'plan.revoke-google-consumer.remove-access.title',
      explain: 'plan.revoke-google-consumer.remove-access.explain',
      deepLink: () => GOOGLE_CONNECTIONS_URL,
      target: (context) => ({ page: 'google-connections', labelKey: 'removeAccess', then: ['confirm'], account: context.address }),
      observe: (context) => ({ kind: 'provider-grant', address: context.address, expect: { present: [false] } }),
    },
  ],
});
