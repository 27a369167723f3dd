/**
 * Provider side, Microsoft 365 address with a signed-in Entra admin of its tenant
 * (providers.md §6): after confirmation Graph deletes the user's oauth2PermissionGrant to
 * HubSpot's service principal, then a second listing proves it gone.
 */
import { deleteHubSpotGrants, hubspotGrantApps, verifyHubSpotGrantsGone } from '../checks/graph-grants';
import { defineFlow } from '../define';

export default defineFlow({
  id: 'revoke-microsoft-admin',
  side: 'provider',
  steps: [
    {
      key: 'revoke',
      kind: 'api',
      needs: 'microsoftAdmin',
      title: 'plan.revoke-microsoft-admin.revoke.title',
      explain: 'plan.revoke-microsoft-admin.revoke.explain',
      confirm: 'plan.revoke-microsoft-admin.revoke.confirm',
      act: deleteHubSpotGrants,
      apps: hubspotGrantApps,
      verify: verifyHubSpotGrantsGone,
    },
    {
      key: 'verify',
      kind: 'verify',
      title: 'plan.revoke-microsoft-admin.verify.title',
      explain: 'plan.revoke-microsoft-admin.verify.explain',
      verify: verifyHubSpotGrantsGone,
    },
  ],
});
