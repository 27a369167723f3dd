import { listLogins, listSecurityActions } from './account-activity';
import { listAuditLogs } from './audit-log';
import { searchObjects } from './crm-search';
import { accountDetails, privateAppsDailyUsage } from './account-info';
import type { ApiHandler } from './api-call';
import { getChannelAccount, listChannelAccounts } from './channel-accounts';
import type { ContractEndpoint } from './contract';
import { getChannel, getInbox, listChannels, listInboxes } from './inboxes-channels';
import { introspectAccessToken, revokeRefreshToken } from './oauth';
import { getOwner, listOwners } from './owners';
import { listRoles, listTeams } from './roles-teams';
import { getUser, listUsers } from './users';
import { createUser, removeUser, updateUser } from './users-write';

/**
 * Which function answers each contract endpoint, keyed `METHOD path` exactly as in
 * hubspot-contract.json. The contract test walks the contract's endpoints, so an endpoint added
 * there without a handler here fails the suite (and answers 501 meanwhile).
 */
export const handlers: Readonly<Record<string, ApiHandler>> = {
  'GET /settings/v3/users/': listUsers,
  'POST /settings/v3/users/': createUser,
  'GET /settings/v3/users/{userId}': getUser,
  'PUT /settings/v3/users/{userId}': updateUser,
  'DELETE /settings/v3/users/{userId}': removeUser,
  'GET /settings/v3/users/roles': listRoles,
  'GET /settings/v3/users/teams': listTeams,
  'GET /crm/v3/owners/': listOwners,
  'GET /crm/v3/owners/{ownerId}': getOwner,
  'GET /conversations/v3/conversations/inboxes': listInboxes,
  'GET /conversations/v3/conversations/inboxes/{inboxId}': getInbox,
  'GET /conversations/v3/conversations/channels': listChannels,
  'GET /conversations/v3/conversations/channels/{channelId}': getChannel,
  'GET /conversations/v3/conversations/channel-accounts': listChannelAccounts,
  'GET /conversations/v3/conversations/channel-accounts/{channelAccountId}': getChannelAccount,
  'GET /account-info/v3/details': accountDetails,
  'GET /account-info/v3/api-usage/daily/private-apps': privateAppsDailyUsage,
  'GET /account-info/v3/activity/audit-logs': listAuditLogs,
  'GET /account-info/v3/activity/login': listLogins,
  'GET /account-info/v3/activity/security': listSecurityActions,
  'GET /oauth/v1/access-tokens/{token}': introspectAccessToken,
  'DELETE /oauth/v1/refresh-tokens/{token}': revokeRefreshToken,
  'POST /crm/v3/objects/contacts/search': searchObjects,
  'POST /crm/v3/objects/companies/search': searchObjects,
  'POST /crm/v3/objects/deals/search': searchObjects,
  'POST /crm/v3/objects/tickets/search': searchObjects,
};

export function handlerFor(endpoint: ContractEndpoint): ApiHandler | undefined {
  return handlers[`${endpoint.method} ${endpoint.path}`];
}
