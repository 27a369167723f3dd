/**
 * HubSpot's OAuth apps by identity, each with the public source that names it: the only ids the
 * sync, the plans, the checks and the findings take as HubSpot's without the admin's confirmation
 * (identity.ts). An id without a public source does not belong here.
 *
 * Research (2026-12-07): no public source names the Google OAuth client id of HubSpot's inbox /
 * calendar connector, nor the Entra application (client) id of HubSpot's mail connector ("HubSpot"
 * / "HubSpot Sales" in My Apps). Searched: HubSpot's developer docs and knowledge base
 * (connected-email articles, hubspot.md §8), Microsoft Learn (the Entra gallery tutorial
 * "Microsoft Entra SSO integration with HubSpot" is the SAML single-sign-on app, a different
 * application with no mail permissions), Google's Workspace admin help (OAuth token audit log:
 * only shows an app's client id inside a tenant), public code and issue trackers. providers.md
 * §7 and hubspot.md "Open questions" list both ids as unverified. So both lists are empty and
 * every HubSpot app is a candidate the admin confirms once per directory (identity.ts).
 */
export interface KnownApp {
  id: string;
  /** Where the id is published (a URL or document and section). */
  source: string;
}

/** Google OAuth client ids (`<project>-<hash>.apps.googleusercontent.com`) of HubSpot's apps. */
export const KNOWN_HUBSPOT_GOOGLE_CLIENT_IDS: readonly KnownApp[] = [];

/** Entra application (client) ids of HubSpot's multi-tenant apps. */
export const KNOWN_HUBSPOT_ENTRA_APP_IDS: readonly KnownApp[] = [];
