import { describe, expect, it } from 'vitest';
import { MissingScopeError, NotFoundError } from '../../lib/clients/errors';
import { createHubSpotClient } from '../../lib/clients/hubspot/client';
import { collectAll } from '../../lib/clients/paging';
import { contractProblems, findEndpoint } from './contract-check';
import { demoScenario, harness } from './harness';

/**
 * Every request the HubSpot client sends, and every answer it accepts, against the contract.
 * The client runs against the real sandbox; a wrapper around its fetch records the traffic.
 */
describe('HubSpot client against the contract', () => {
  it('sends only contract-valid requests and accepts only contract-valid answers', async () => {
    const scenario = demoScenario();
    const crmScopes = ['crm.objects.contacts.read', 'crm.objects.companies.read', 'crm.objects.deals.read', 'tickets'];
    scenario.tokens?.hubspot?.push({ token: 'crm-read', scopes: crmScopes, userId: '51200101' });
    const h = harness(scenario);
    const client = createHubSpotClient({ getToken: () => 'demo-token-full', fetch: h.fetch });

    const users = await collectAll((after) => client.listUsers({ after, limit: 10 }));
    await client.getUser(users[0]?.id ?? '', 'USER_ID');
    await client.getUser(users[1]?.email ?? '', 'EMAIL');
    const created = await client.createUser({ email: 'new.person@nordlicht.example', sendWelcomeEmail: false, firstName: 'New' });
    await client.updateUser(created.id, { lastName: 'Person', secondaryTeamIds: [] });
    await client.removeUser(created.id);
    await expect(client.removeUser(created.id)).rejects.toBeInstanceOf(NotFoundError);
    await client.listRoles();
    await client.listTeams();
    await collectAll((after) => client.listOwners({ after, limit: 15 }));
    await client.listOwners({ archived: true });
    await client.listOwners({ email: users[0]?.email ?? '' });
    await client.listInboxes({ archived: false });
    await client.listChannels();
    await client.listChannelAccounts({ channelId: ['1002'], inboxId: ['1', '2'], archived: false });
    await client.accountDetails();
    const [person] = users;
    await client.getOwner(person?.id ?? '', { by: 'userId' });
    await client.listLogins({ limit: 5 });
    await client.listSecurityActions({ fromTimestamp: 0 });
    const crm = createHubSpotClient({ getToken: () => 'crm-read', fetch: h.fetch });
    for (const object of ['contacts', 'companies', 'deals', 'tickets'] as const) expect(await crm.countOwnedRecords(object, '1')).toBe(0);
    const narrow = createHubSpotClient({ getToken: () => 'demo-token-no-conversations', fetch: h.fetch });
    await expect(narrow.listInboxes()).rejects.toBeInstanceOf(MissingScopeError);

    expect(h.exchanges.length).toBeGreaterThan(15);
    const problems = (await Promise.all(h.exchanges.map(contractProblems))).flat();
    expect(problems).toEqual([]);
    const covered = new Set(h.exchanges.map((x) => {
      const found = findEndpoint(x.request.method, new URL(x.request.url).pathname);
      return found ? `${found.endpoint.method} ${found.endpoint.path}` : 'none';
    }));
    expect([...covered].sort()).toEqual([
      'DELETE /settings/v3/users/{userId}',
      'GET /account-info/v3/activity/login',
      'GET /account-info/v3/activity/security',
      'GET /account-info/v3/details',
      'GET /conversations/v3/conversations/channel-accounts',
      'GET /conversations/v3/conversations/channels',
      'GET /conversations/v3/conversations/inboxes',
      'GET /crm/v3/owners/',
      'GET /crm/v3/owners/{ownerId}',
      'GET /settings/v3/users/',
      'GET /settings/v3/users/roles',
      'GET /settings/v3/users/teams',
      'GET /settings/v3/users/{userId}',
      'POST /crm/v3/objects/companies/search',
      'POST /crm/v3/objects/contacts/search',
      'POST /crm/v3/objects/deals/search',
      'POST /crm/v3/objects/tickets/search',
      'POST /settings/v3/users/',
      'PUT /settings/v3/users/{userId}',
    ]);
  });

  it('the checker itself catches a request outside the contract', async () => {
    const h = harness(demoScenario());
    await h.fetch('https://api.hubapi.com/settings/v3/users/?limit=many&bogus=1', { headers: { authorization: 'Bearer demo-token-full' } });
    const problems = await contractProblems(h.exchanges[0]!);
    expect(problems.join('\n')).toMatch(/undeclared query parameter bogus/);
    expect(problems.join('\n')).toMatch(/parameters limit/);
  });

  it('has no call that puts a token in a URL (introspection by path is gone, issue 18)', () => {
    const client = createHubSpotClient({ getToken: () => 'demo-token-full' });
    expect(Object.keys(client)).not.toContain('introspectAccessToken');
  });
});
