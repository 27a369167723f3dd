/**
 * Provider side, Google Workspace address with a signed-in Workspace admin (providers.md §2):
 * after the user's explicit confirmation the Admin SDK deletes HubSpot's tokens, then a second
 * listing proves them gone. The runner records the intent before the delete, so a worker killed
 * mid-call verifies by listing instead of deleting twice.
 */
import { deleteHubSpotTokens, hubspotTokenApps, verifyHubSpotTokensGone } from '../checks/google-tokens';
import { defineFlow } from '../define';

export default defineFlow({
  id: 'revoke-google-workspace',
  side: 'provider',
  steps: [
    {
      key: 'revoke',
      kind: 'api',
      needs: 'googleAdmin',
      title: 'plan.revoke-google-workspace.revoke.title',
      explain: 'plan.revoke-google-workspace.revoke.explain',
      confirm: 'plan.revoke-google-workspace.revoke.confirm',
      act: deleteHubSpotTokens,
      apps: hubspotTokenApps,
      verify: verifyHubSpotTokensGone,
    },
    {
      key: 'verify',
      kind: 'verify',
      title: 'plan.revoke-google-workspace.verify.title',
      explain: 'plan.revoke-google-workspace.verify.explain',
      verify: verifyHubSpotTokensGone,
    },
  ],
});
