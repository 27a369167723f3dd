import { ADMIN_SECURITY_SCOPE } from '../clients/google/client';
import { REPORTS_AUDIT_SCOPE } from '../clients/google/reports';

/**
 * Google Workspace admin sign-in settings. GOOGLE_CLIENT_ID is a placeholder: register your own
 * OAuth client (type "Chrome extension" or "Web application" with the redirect URI
 * https://<extension-id>.chromiumapp.org/) in Google Cloud Console and put its id here. The
 * sandbox accepts any client id.
 */
export const GOOGLE_CLIENT_ID = '000000000000-inboxlink-register-your-own.apps.googleusercontent.com';
export const GOOGLE_AUTHORIZE_URL = 'https://accounts.google.com/o/oauth2/v2/auth';
/**
 * Admin SDK Directory tokens list/delete (providers.md §2), the Reports API's token audit log for
 * the connection history (§11, read-only), and the admin's address (tokeninfo).
 */
export const GOOGLE_ADMIN_SCOPES = [ADMIN_SECURITY_SCOPE, REPORTS_AUDIT_SCOPE, 'email'] as const;
