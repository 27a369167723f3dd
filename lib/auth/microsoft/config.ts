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
 * What the sign-in asks for, and the sync and every check use: read only — oauth2PermissionGrants,
 * users, service principals and the organization (providers.md §6–7), and the sign-in logs for the
 * connection history (AuditLog.Read.All, §12). Its refresh token is kept (renewal in the worker)
 * and can never delete anything.
 */
export const MICROSOFT_GRAPH_SCOPES = ['https://graph.microsoft.com/Directory.Read.All', 'https://graph.microsoft.com/AuditLog.Read.All'] as const;
/**
 * Deleting a grant (providers.md §6), asked for only at the destructive step (incremental
 * consent in the sign-in page). Its access token is kept for its hour in storage.session (gone
 * with the browser session, sign-out and "clear local data"); its refresh token is never kept.
 */
export const MICROSOFT_WRITE_SCOPES = ['https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All'] as const;
/** What the refresh grant asks for: the read scopes, and offline_access to keep renewing. */
export const MICROSOFT_REFRESH_SCOPES = [...MICROSOFT_GRAPH_SCOPES, 'offline_access'] as const;
export const MICROSOFT_TOKEN_ENDPOINT = `${MICROSOFT_AUTHORITY}/oauth2/v2.0/token`;

/** The sign-in page, the only chunk that carries MSAL. */
export const MICROSOFT_SIGN_IN_PAGE = '/microsoft-signin.html';

/** storage.session key prefix of an admin's write token (write-access.ts); the side panel watches for it. */
export const GRAPH_WRITE_KEY_PREFIX = 'inboxlink.graph-write:';
