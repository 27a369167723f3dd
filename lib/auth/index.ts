/**
 * Public API of auth for the background and the sync; see README.md. The MSAL sign-in
 * (microsoft/sign-in.ts) is deliberately not re-exported: it belongs to the sign-in page's chunk.
 */
export { connectHubSpot, disconnectHubSpot, type HubSpotConnectResult } from './hubspot';
export { HUBSPOT_SCOPE_NEEDS, checkScopes } from './hubspot-scopes';
export { saveGoogleSignIn, signOutGoogle, type GoogleSaveResult } from './google';
export { freshGoogleAccessToken } from './google-renew';
export { saveMicrosoftSession, signOutMicrosoft, type MicrosoftSaveResult } from './microsoft/save';
export { freshMicrosoftAccessToken, renewMicrosoftToken, type MicrosoftRenewResult } from './microsoft/refresh';
export { readAuthStatus, type AuthStatus } from './status';
export { buildExport, type LocalDataExport } from './export';
