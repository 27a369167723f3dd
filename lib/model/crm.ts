import type { Evidence, MailProvider } from './mailbox';

/** CRM side of a personal inbox. No HubSpot API exists for it: observed on the settings page. */
/** `not-connected`: its owner's complete Connected emails page did not list it (never connected, or long gone). */
export type PersonalCrmState = 'connected' | 'disabled' | 'removed' | 'not-connected' | 'unknown';

export interface PersonalCrmSide {
  address: string;
  state: PersonalCrmState;
  /** HubSpot's own error text for a connected inbox, e.g. access revoked. */
  error?: string;
  /** The provider HubSpot's row names, when it names one. */
  provider?: MailProvider;
  evidence: Evidence;
}

/** CRM side of a team inbox: a Conversations channel account (channelId 1002). */
export interface ChannelAccount {
  id: string;
  channelId: string;
  inboxId: string;
  name: string;
  address?: string;
  active: boolean;
  authorized: boolean;
  archived: boolean;
  createdAt: string;
  archivedAt?: string;
  syncedAt: string;
  /** Set when a full sync did not see it any more, or a plan's channel-accounts check no longer listed it as live (lib/plans/channel-facts.ts). */
  goneAt?: string;
}

export interface ConversationsInbox {
  id: string;
  name: string;
  type: string;
  archived: boolean;
  syncedAt: string;
  goneAt?: string;
}

export type CrmUserStatus = 'active' | 'deactivated' | 'removed';

export interface CrmUser {
  id: string;
  email: string;
  firstName?: string;
  lastName?: string;
  roleIds: string[];
  primaryTeamId?: string;
  secondaryTeamIds: string[];
  superAdmin: boolean;
  /** Paid seats, when HubSpot's users API lists them. */
  seatNames?: string[];
  status: CrmUserStatus;
  ownerId?: string;
  syncedAt: string;
  goneAt?: string;
}

export interface CrmOwner {
  id: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  userId?: number;
  userIdIncludingInactive?: number;
  archived: boolean;
  teams: { id: string; name: string; primary: boolean }[];
  syncedAt: string;
  goneAt?: string;
}

export interface CrmTeam {
  id: string;
  name: string;
  userIds: string[];
  secondaryUserIds: string[];
  syncedAt: string;
}

export interface CrmRole {
  id: string;
  name: string;
  requiresBillingWrite: boolean;
  syncedAt: string;
}
