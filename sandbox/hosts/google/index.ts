import type { HostModule } from '../../core/host';
import { googleAccountsHost } from './accounts';
import { adminDirectoryHost } from './admin-directory';
import { gmailApiHost } from './gmail-api';
import { googleOAuthApiHost } from './oauth-endpoints';
import { myAccountHost } from './connections-page';

/** Every Google hostname the sandbox serves (APIs, OAuth, account pages). See README.md. */
export const googleHosts: HostModule[] = [adminDirectoryHost, gmailApiHost, googleOAuthApiHost, googleAccountsHost, myAccountHost];

export { ADMIN_SECURITY_SCOPE } from './admin-directory';
export { GMAIL_PROFILE_SCOPES } from './gmail-api';
export { issueGoogleAccessToken, liveGoogleToken } from './token-store';
export { googleClientId, googleUserId } from './directory';
