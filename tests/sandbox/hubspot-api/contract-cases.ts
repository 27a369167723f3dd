import type { World } from '../../../sandbox/core/world';
import { api, type CallOptions } from './helpers';

/**
 * One or more calls per contract endpoint, keyed `METHOD path` as in hubspot-contract.json. The
 * first case with a 2xx status is also replayed by the contract test without a token, with an
 * unknown, an expired and an under-scoped token, and past the rate limit.
 */
export interface ContractCase extends CallOptions {
  title: string;
  status: number;
  /** Expected `category` of an error answer. */
  category?: string;
  /** Runs on the fresh world before the call. */
  setup?: (world: World) => Promise<unknown> | unknown;
}

const USERS = '/settings/v3/users/';
const USER = '/settings/v3/users/{userId}';
const OWNER = '/crm/v3/owners/{ownerId}';
const CONV = '/conversations/v3/conversations';

export const contractCases: Record<string, ContractCase[]> = {
  [`GET ${USERS}`]: [
    { title: 'first page', status: 200 },
    { title: 'small page', status: 200, params: { limit: 2 } },
    { title: 'limit above 100 is clamped', status: 200, params: { limit: 1000 } },
    { title: 'granular users scope', status: 200, token: 'tok-granular' },
    { title: 'limit 0', status: 400, params: { limit: 0 }, category: 'VALIDATION_ERROR' },
    { title: 'non-numeric limit', status: 400, params: { limit: 'many' }, invalidRequest: true, category: 'VALIDATION_ERROR' },
  ],
  [`POST ${USERS}`]: [
    { title: 'create', status: 201, body: { email: 'new.person@acme.example', sendWelcomeEmail: true, firstName: 'New', roleId: '501', primaryTeamId: '702' } },
    { title: 'duplicate email', status: 409, body: { email: 'BEN.sales@acme.example', sendWelcomeEmail: false }, category: 'CONFLICT' },
    { title: 'duplicate of a deactivated user', status: 409, body: { email: 'carla.gone@acme.example', sendWelcomeEmail: false }, category: 'CONFLICT' },
    { title: 'invalid email', status: 400, body: { email: 'not-an-address', sendWelcomeEmail: false }, category: 'VALIDATION_ERROR' },
    { title: 'malformed JSON', status: 400, rawBody: '{"email": "x@acme.example",', category: 'VALIDATION_ERROR' },
    { title: 'missing sendWelcomeEmail', status: 400, body: { email: 'x@acme.example' }, invalidRequest: true, category: 'VALIDATION_ERROR' },
    { title: 'unknown role', status: 400, body: { email: 'y@acme.example', sendWelcomeEmail: false, roleId: '999' }, category: 'VALIDATION_ERROR' },
  ],
  [`GET ${USER}`]: [
    { title: 'by id', status: 200, params: { userId: '1002' } },
    { title: 'by email', status: 200, params: { userId: 'ben.sales@acme.example', idProperty: 'EMAIL' } },
    { title: 'deactivated user is still a user', status: 200, params: { userId: '1003' } },
    { title: 'removed user', status: 404, params: { userId: '1004' }, category: 'OBJECT_NOT_FOUND' },
    { title: 'unknown id', status: 404, params: { userId: '424242' }, category: 'OBJECT_NOT_FOUND' },
    { title: 'bad idProperty', status: 400, params: { userId: '1002', idProperty: 'NAME' }, invalidRequest: true, category: 'VALIDATION_ERROR' },
  ],
  [`PUT ${USER}`]: [
    { title: 'update', status: 200, params: { userId: '1002' }, body: { firstName: 'Benjamin', secondaryTeamIds: [] } },
    { title: 'update by email', status: 200, params: { userId: 'eva.support@acme.example', idProperty: 'EMAIL' }, body: { roleId: '502' } },
    { title: 'unknown user', status: 404, params: { userId: '424242' }, body: { firstName: 'X' }, category: 'OBJECT_NOT_FOUND' },
    { title: 'malformed JSON', status: 400, params: { userId: '1002' }, rawBody: '{firstName:', category: 'VALIDATION_ERROR' },
    { title: 'wrong field type', status: 400, params: { userId: '1002' }, body: { firstName: 7 }, invalidRequest: true, category: 'VALIDATION_ERROR' },
    { title: 'unknown team', status: 400, params: { userId: '1002' }, body: { primaryTeamId: '999' }, category: 'VALIDATION_ERROR' },
  ],
  [`DELETE ${USER}`]: [
    { title: 'remove', status: 204, params: { userId: '1006' } },
    { title: 'remove by email', status: 204, params: { userId: 'finn.field@acme.example', idProperty: 'EMAIL' } },
    { title: 'already removed', status: 404, params: { userId: '1004' }, category: 'OBJECT_NOT_FOUND' },
  ],
  'GET /settings/v3/users/roles': [{ title: 'roles', status: 200 }],
  'GET /settings/v3/users/teams': [{ title: 'teams', status: 200 }],
  'GET /crm/v3/owners/': [
    { title: 'active owners', status: 200 },
    { title: 'archived owners', status: 200, params: { archived: true } },
    { title: 'by email', status: 200, params: { email: 'ben.sales@acme.example' } },
    { title: 'small page', status: 200, params: { limit: 1 } },
    { title: 'granular token via automation scope', status: 200, token: 'tok-granular' },
    { title: 'bad archived', status: 400, params: { archived: 'maybe' }, invalidRequest: true, category: 'VALIDATION_ERROR' },
  ],
  [`GET ${OWNER}`]: [
    { title: 'explicit owner id', status: 200, params: { ownerId: 555001 } },
    { title: 'by user id', status: 200, params: { ownerId: 1001, idProperty: 'userId' } },
    { title: 'archived owner', status: 200, params: { ownerId: 555007, archived: true } },
    { title: 'archived owner without archived=true', status: 404, params: { ownerId: 555007 }, category: 'OBJECT_NOT_FOUND' },
    { title: 'unknown owner', status: 404, params: { ownerId: 1 }, category: 'OBJECT_NOT_FOUND' },
    { title: 'non-numeric id', status: 400, params: { ownerId: 'abc' }, invalidRequest: true, category: 'VALIDATION_ERROR' },
  ],
  [`GET ${CONV}/inboxes`]: [
    { title: 'live inboxes', status: 200 },
    { title: 'archived inboxes', status: 200, params: { archived: true } },
    { title: 'paged', status: 200, params: { limit: 1 } },
  ],
  [`GET ${CONV}/inboxes/{inboxId}`]: [
    { title: 'inbox', status: 200, params: { inboxId: 147001 } },
    { title: 'archived inbox', status: 200, params: { inboxId: 147003, archived: true } },
    { title: 'archived inbox without archived=true', status: 404, params: { inboxId: 147003 }, category: 'OBJECT_NOT_FOUND' },
  ],
  [`GET ${CONV}/channels`]: [
    { title: 'channels', status: 200 },
    { title: 'paged', status: 200, params: { limit: 2 } },
  ],
  [`GET ${CONV}/channels/{channelId}`]: [
    { title: 'email channel', status: 200, params: { channelId: 1002 } },
    { title: 'unknown channel', status: 404, params: { channelId: 9999 }, category: 'OBJECT_NOT_FOUND' },
  ],
  [`GET ${CONV}/channel-accounts`]: [
    { title: 'all live accounts', status: 200 },
    { title: 'email channel in one inbox', status: 200, params: { channelId: [1002], inboxId: [147001] } },
    { title: 'several inboxes', status: 200, params: { inboxId: [147001, 147002] } },
    { title: 'archived', status: 200, params: { archived: true } },
    { title: 'paged', status: 200, params: { limit: 1 } },
    { title: 'non-numeric inboxId', status: 400, params: { inboxId: ['x'] }, invalidRequest: true, category: 'VALIDATION_ERROR' },
  ],
  [`GET ${CONV}/channel-accounts/{channelAccountId}`]: [
    { title: 'account', status: 200, params: { channelAccountId: 880001 } },
    { title: 'archived account', status: 200, params: { channelAccountId: 880003, archived: true } },
    { title: 'unknown account', status: 404, params: { channelAccountId: 1 }, category: 'OBJECT_NOT_FOUND' },
  ],
  'GET /account-info/v3/details': [{ title: 'details', status: 200 }],
  'GET /account-info/v3/api-usage/daily/private-apps': [{ title: 'usage', status: 200 }],
  'GET /account-info/v3/activity/audit-logs': [
    {
      title: 'after a user write',
      status: 200,
      params: { actingUserId: [1001], occurredAfter: '2026-01-01T00:00:00Z', sort: ['-occurredAt'] },
      setup: (world) => api(world, 'DELETE', USER, { params: { userId: '1006' } }),
    },
    { title: 'bad date', status: 400, params: { occurredAfter: 'yesterday' }, invalidRequest: true, category: 'VALIDATION_ERROR' },
  ],
  'GET /account-info/v3/activity/login': [
    { title: 'every login', status: 200 },
    { title: "one user's logins, small page", status: 200, params: { userId: 1003, limit: 1 } },
    { title: 'bad user id', status: 400, params: { userId: 'carla' }, invalidRequest: true, category: 'VALIDATION_ERROR' },
  ],
  'GET /account-info/v3/activity/security': [
    { title: 'every action', status: 200 },
    { title: 'in a time window', status: 200, params: { fromTimestamp: Date.parse('2026-02-01T00:00:00Z'), toTimestamp: Date.parse('2026-02-28T00:00:00Z'), userId: 1001 } },
    {
      title: 'after a removal',
      status: 200,
      params: { userId: 1001, fromTimestamp: 0 },
      setup: (world) => api(world, 'DELETE', USER, { params: { userId: '1006' } }),
    },
    { title: 'bad timestamp', status: 400, params: { fromTimestamp: 'last week' }, invalidRequest: true, category: 'VALIDATION_ERROR' },
  ],
  'GET /oauth/v1/access-tokens/{token}': [
    { title: 'known token', status: 200, params: { token: 'tok-full' }, token: null },
    { title: 'expired token', status: 200, params: { token: 'tok-expired' }, token: null },
    { title: 'unknown token', status: 404, params: { token: 'tok-nope' }, token: null, category: 'OBJECT_NOT_FOUND' },
  ],
  'DELETE /oauth/v1/refresh-tokens/{token}': [
    { title: 'revoke', status: 204, params: { token: 'refresh-1' }, token: null },
    {
      title: 'revoke twice',
      status: 400,
      params: { token: 'refresh-1' },
      token: null,
      category: 'BAD_REFRESH_TOKEN',
      setup: (world) => api(world, 'DELETE', '/oauth/v1/refresh-tokens/{token}', { params: { token: 'refresh-1' }, token: null }),
    },
  ],
  ...searchCases('contacts', 12),
  ...searchCases('companies', 3),
  ...searchCases('deals', 2),
  ...searchCases('tickets', 1),
};

/** Owned-record counts through CRM search: Ben (owner 555001) owns `total` records of the type. */
function searchCases(object: string, total: number): Record<string, ContractCase[]> {
  const byOwner = (value: string) => ({ filterGroups: [{ filters: [{ propertyName: 'hubspot_owner_id', operator: 'EQ', value }] }], limit: 1 });
  return {
    [`POST /crm/v3/objects/${object}/search`]: [
      { title: `${total} owned by an owner`, status: 200, body: byOwner('555001') },
      { title: 'none owned', status: 200, body: byOwner('555007') },
      { title: 'unknown operator', status: 400, body: { filterGroups: [{ filters: [{ propertyName: 'hubspot_owner_id', operator: 'LIKE', value: '1' }] }] }, invalidRequest: true, category: 'VALIDATION_ERROR' },
      { title: 'limit above 200', status: 400, body: { limit: 500 }, category: 'VALIDATION_ERROR' },
    ],
  };
}
