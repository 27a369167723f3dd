import type { AppIdentity } from '../../hubspot-apps/identity';

/**
 * An app a provider lists for the plan's address that the identity rule takes as (possibly)
 * HubSpot's, as the confirm dialog shows it: name, id, access, publisher and how sure it is.
 */
export interface ListedHubSpotApp {
  /** Google client id, or Entra application (client) id. */
  id: string;
  name: string;
  scopes: string[];
  /** The verified publisher (Entra), where the provider names one. */
  publisher?: string;
  identity: AppIdentity;
}

/** What an api step found: the directory a confirmation is kept for, and the apps. */
export interface HubSpotAppListing {
  /** `google:<domain>` or `entra:<tenant id>` (lib/hubspot-apps/identity.ts). */
  directory: string;
  apps: ListedHubSpotApp[];
}
