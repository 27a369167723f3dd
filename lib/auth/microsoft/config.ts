/**
 * Microsoft Entra admin sign-in settings. MICROSOFT_CLIENT_ID is a placeholder: register your own
 * app in Entra ID (Microsoft Entra admin center → App registrations) with a "Single-page
 * application" redirect URI https://<extension-id>.chromiumapp.org/ and the delegated Graph
 * permissions below, then put its Application (client) id here. The sandbox accepts any id.
 */
export const MICROSOFT_CLIENT_ID = '0d5c7f3e-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
/** Work and school accounts of any tenant; a single-tenant app may put its tenant id here. */
export const MICROSOFT_AUTHORITY = 'https://login.microsoftonline.com/organizations';
/**
 * Graph: read and delete oauth2PermissionGrants, read users and service principals (providers.md
 * §6–7); read the sign-in logs for the connection history (AuditLog.Read.All, read-only, §12).
 */
export const MICROSOFT_GRAPH_SCOPES = [
  'https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All',
  'https://graph.microsoft.com/Directory.Read.All',
  'https://graph.microsoft.com/AuditLog.Read.All',
] as const;
/** What the refresh grant asks for: the Graph scopes, and offline_access to keep renewing. */
export const MICROSOFT_REFRESH_SCOPES = [...MICROSOFT_GRAPH_SCOPES, 'offline_access'] as const;
export const MICROSOFT_TOKEN_ENDPOINT = `${MICROSOFT_AUTHORITY}/oauth2/v2.0/token`;
