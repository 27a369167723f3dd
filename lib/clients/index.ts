/** The API clients' public surface. See README.md. */
export * from './errors';
export { pages, collectAll, type Page, type FetchPage } from './paging';
export { createLimiterRegistry, RollingWindowLimiter, type LimiterRegistry, type RateLimiterOptions } from './rate-limiter';
export { isRetryable, type RetryOptions } from './retry';
export { createHubSpotClient, type HubSpotClient, type HubSpotClientOptions, type OwnedObject } from './hubspot/client';
export { HUBSPOT_PAGE_MAX, type HubSpotPagedList } from './hubspot/page-limits';
export type * from './hubspot/schemas';
export { createGoogleClient, ADMIN_SECURITY_SCOPE, type GoogleClient, type GoogleClientOptions } from './google/client';
export type { DirectoryToken, TokenInfo, GmailProfile } from './google/schemas';
export { createGraphClient, type GraphClient, type GraphClientOptions, type ServicePrincipalQuery } from './microsoft/client';
export type { GraphUser, ServicePrincipal, PermissionGrant } from './microsoft/schemas';
