/**
 * Provider side, Microsoft 365 work account without an Entra admin (seeds/000 §4,
 * providers.md §8): the user revokes their own consent in My Apps ("Manage your application" →
 * "Revoke permissions"); the guide observes HubSpot gone. Consent an administrator gave cannot be
 * revoked there: the page then still shows HubSpot, and the explanation says whom to ask.
 */
import { defineFlow } from '../define';
import { MY_APPS_URL } from '../deep-links';

export default defineFlow({
  id: 'revoke-microsoft-user',
  side: 'provider',
  steps: [
    {
      key: 'revoke',
      kind: 'guided',
      title: 'plan.revoke-microsoft-user.revoke.title',
      explain: 'plan.revoke-microsoft-user.revoke.explain',
      deepLink: () => MY_APPS_URL,
      target: (context) => ({ page: 'microsoft-my-apps', labelKey: 'manage', then: ['revoke'], account: context.address }),
      observe: (context) => ({ kind: 'provider-grant', address: context.address, expect: { present: [false] } }),
    },
  ],
});
