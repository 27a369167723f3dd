import * as v from 'valibot';

/**
 * The fields of HubSpot's answers that Inboxlink reads (contract: sandbox/schema/
 * hubspot-contract.json). `v.object` ignores and drops any other field, so a new field from
 * HubSpot never breaks us, and a missing or mistyped field we rely on fails loudly.
 */
const NextPaging = v.optional(v.object({ next: v.optional(v.object({ after: v.string() })) }));
const strings = v.optional(v.array(v.string()), []);

export const HubSpotUserSchema = v.object({
  id: v.string(),
  email: v.string(),
  firstName: v.optional(v.string()),
  lastName: v.optional(v.string()),
  roleIds: strings,
  roleId: v.optional(v.string()),
  primaryTeamId: v.optional(v.string()),
  secondaryTeamIds: strings,
  superAdmin: v.optional(v.boolean(), false),
  /** Paid seats (absent from the 2026-03 schemas; read when present). */
  seatNames: strings,
});
export type HubSpotUser = v.InferOutput<typeof HubSpotUserSchema>;

export const HubSpotRoleSchema = v.object({ id: v.string(), name: v.string(), requiresBillingWrite: v.optional(v.boolean(), false) });
export type HubSpotRole = v.InferOutput<typeof HubSpotRoleSchema>;

export const HubSpotTeamSchema = v.object({ id: v.string(), name: v.string(), userIds: strings, secondaryUserIds: strings });
export type HubSpotTeam = v.InferOutput<typeof HubSpotTeamSchema>;

export const HubSpotOwnerSchema = v.object({
  id: v.string(),
  type: v.string(),
  email: v.optional(v.string()),
  firstName: v.optional(v.string()),
  lastName: v.optional(v.string()),
  userId: v.optional(v.number()),
  userIdIncludingInactive: v.optional(v.number()),
  archived: v.boolean(),
  createdAt: v.string(),
  updatedAt: v.string(),
  teams: v.optional(v.array(v.object({ id: v.string(), name: v.string(), primary: v.optional(v.boolean(), false) })), []),
});
export type HubSpotOwner = v.InferOutput<typeof HubSpotOwnerSchema>;

export const HubSpotInboxSchema = v.object({
  id: v.string(),
  name: v.string(),
  type: v.string(),
  archived: v.boolean(),
  archivedAt: v.optional(v.string()),
  createdAt: v.string(),
  updatedAt: v.string(),
});
export type HubSpotInbox = v.InferOutput<typeof HubSpotInboxSchema>;

export const HubSpotChannelSchema = v.object({ id: v.string(), name: v.string() });
export type HubSpotChannel = v.InferOutput<typeof HubSpotChannelSchema>;

export const HubSpotChannelAccountSchema = v.object({
  id: v.string(),
  channelId: v.string(),
  inboxId: v.string(),
  name: v.string(),
  active: v.boolean(),
  authorized: v.boolean(),
  archived: v.boolean(),
  archivedAt: v.optional(v.string()),
  createdAt: v.string(),
  deliveryIdentifier: v.optional(v.object({ type: v.string(), value: v.string() })),
});
export type HubSpotChannelAccount = v.InferOutput<typeof HubSpotChannelAccountSchema>;

export const AccountDetailsSchema = v.object({
  portalId: v.number(),
  accountType: v.string(),
  timeZone: v.string(),
  companyCurrency: v.string(),
  uiDomain: v.string(),
  dataHostingLocation: v.string(),
});
export type AccountDetails = v.InferOutput<typeof AccountDetailsSchema>;

/** Token introspection. The answer echoes the token; it is deliberately not read. */
export const AccessTokenInfoSchema = v.object({
  hub_id: v.number(),
  app_id: v.number(),
  user_id: v.number(),
  user: v.optional(v.string()),
  hub_domain: v.optional(v.string()),
  scopes: v.array(v.string()),
  expires_in: v.number(),
  token_type: v.string(),
});
export type AccessTokenInfo = v.InferOutput<typeof AccessTokenInfoSchema>;

/** CRM search: only the total is read (the records themselves are never needed). */
export const SearchTotalSchema = v.object({ total: v.number() });

/** A cursor-paged collection of `item`, with HubSpot's `paging.next.after`. */
export function pagedSchema<S extends v.GenericSchema>(item: S) {
  return v.object({ results: v.array(item), paging: NextPaging });
}

export function unpagedSchema<S extends v.GenericSchema>(item: S) {
  return v.object({ results: v.array(item) });
}

/** Bodies we send (contract: UserProvisionRequest, PublicUserUpdate). */
export interface HubSpotUserUpdate {
  firstName?: string;
  lastName?: string;
  roleId?: string;
  primaryTeamId?: string;
  secondaryTeamIds?: string[];
}
export interface HubSpotUserCreate extends HubSpotUserUpdate {
  email: string;
  sendWelcomeEmail: boolean;
}
