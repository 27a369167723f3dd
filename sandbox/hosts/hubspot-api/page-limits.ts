import type { PageLimits } from './paging';

/**
 * Page sizes per HubSpot list (hubspot.md §1–3). A `limit` above the maximum is clamped, not
 * refused: HubSpot documents maxima ("Results will display maximum 100 users per page"), not an
 * error for exceeding them. What HubSpot does refuse, the contract says: a `limit` that is not an
 * int32 (`limit=many`, `limit=1.5`, `limit=2147483648`) is a 400 VALIDATION_ERROR (params.ts checks
 * each parameter against its contract schema, formats included).
 * - users: default and maximum 100 (§1).
 * - owners: default 100, maximum not stated; 500 is what integrations use live (§2).
 * - Conversations lists: neither stated; 100 and 500 like the owners API (§3).
 */
export const USER_PAGE: PageLimits = { defaultLimit: 100, maxLimit: 100 };
export const OWNER_PAGE: PageLimits = { defaultLimit: 100, maxLimit: 500 };
export const CONVERSATIONS_PAGE: PageLimits = { defaultLimit: 100, maxLimit: 500 };
/** Account activity (audit log, logins, security activity, §10): no size documented; 100 like the users API. */
export const ACTIVITY_PAGE: PageLimits = { defaultLimit: 100, maxLimit: 100 };
