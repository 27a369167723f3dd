/**
 * The most items each HubSpot list returns per page: the sync asks for exactly this, so a full
 * sync sends the fewest requests the API allows (each one counts against the 10-second limit).
 * - users (`GET /settings/v3/users/`): "Results will display maximum 100 users per page"
 *   (HubSpot's reference for the endpoint; hubspot.md §1).
 * - owners (`GET /crm/v3/owners/`): default 100, no maximum documented; 500 is what integrations
 *   use against the live API (hubspot.md §2).
 * - Conversations inboxes, channels, channel accounts: neither default nor maximum documented
 *   (the 2026-09 spec only says "The maximum number of results to display per page"); 500 like
 *   the owners API.
 * The sandbox enforces the same maxima (sandbox/hosts/hubspot-api/page-limits.ts); a test holds
 * the two tables equal.
 */
export const HUBSPOT_PAGE_MAX = {
  users: 100,
  owners: 500,
  inboxes: 500,
  channels: 500,
  channelAccounts: 500,
  /** Login history (§10): no size documented; 100, as the sandbox serves it. */
  logins: 100,
} as const;

export type HubSpotPagedList = keyof typeof HUBSPOT_PAGE_MAX;
