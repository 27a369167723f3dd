import { describe, expect, it } from 'vitest';
import { ACTIVITY_PAGE, CONVERSATIONS_PAGE, OWNER_PAGE, USER_PAGE } from '../../../sandbox/hosts/hubspot-api/page-limits';
import { HUBSPOT_PAGE_MAX } from '../../../lib/clients/hubspot/page-limits';
import { api, newWorld } from './helpers';

const USERS = '/settings/v3/users/';
const OWNERS = '/crm/v3/owners/';
const ACCOUNTS = '/conversations/v3/conversations/channel-accounts';

/** 600 more active users (so 600 more live owners) and 600 more team channels than the fixture. */
const wideWorld = () =>
  newWorld((scenario) => {
    for (let index = 0; index < 600; index++) {
      scenario.users.push({ id: String(30_000 + index), email: `wide${index}@acme.example` });
      scenario.teamChannels?.push({ id: String(940_000 + index), inboxId: scenario.inboxes?.[0]?.id ?? '1', address: `wide${index}@acme.example`, provider: 'google' });
    }
  });

describe('HubSpot page-size limits', () => {
  it('owners: a page holds up to 500; a larger limit is clamped to 500 and the cursor goes on', async () => {
    const world = wideWorld();
    const max = await api(world, 'GET', OWNERS, { params: { limit: 500 } });
    const over = await api(world, 'GET', OWNERS, { params: { limit: 501 } });
    expect(max.body.results).toHaveLength(500);
    expect(over.body.results).toHaveLength(500);
    expect(over.body.paging.next.link).toContain('limit=500');
  });

  it('channel accounts: a page holds up to 500; a larger limit is clamped to 500', async () => {
    const world = wideWorld();
    const over = await api(world, 'GET', ACCOUNTS, { params: { limit: 10_000 } });
    expect(over.body.results).toHaveLength(500);
    expect(over.body.total).toBeGreaterThan(600);
  });

  it.each([
    ['beyond int32', '2147483648'],
    ['not a whole number', '1.5'],
    ['not a number', 'many'],
    ['below 1', '0'],
  ])('refuses a limit %s with a 400 VALIDATION_ERROR naming the parameter', async (_, limit) => {
    const world = newWorld();
    for (const path of [USERS, OWNERS, ACCOUNTS]) {
      const answer = await api(world, 'GET', path, { params: { limit }, invalidRequest: true });
      expect(answer.status, `${path}?limit=${limit}`).toBe(400);
      expect(answer.body.category).toBe('VALIDATION_ERROR');
      expect(answer.body.message).toMatch(/limit/);
    }
  });

  it('the product asks each list for exactly the page size the sandbox serves at most', () => {
    expect(HUBSPOT_PAGE_MAX.users).toBe(USER_PAGE.maxLimit);
    expect(HUBSPOT_PAGE_MAX.owners).toBe(OWNER_PAGE.maxLimit);
    for (const list of ['inboxes', 'channels', 'channelAccounts'] as const) expect(HUBSPOT_PAGE_MAX[list]).toBe(CONVERSATIONS_PAGE.maxLimit);
    expect(HUBSPOT_PAGE_MAX.logins).toBe(ACTIVITY_PAGE.maxLimit);
  });
});
