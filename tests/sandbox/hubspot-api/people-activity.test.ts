import { describe, expect, it } from 'vitest';
import { hubspotAppHost } from '../../../sandbox/hosts/hubspot-app/index';
import type { World } from '../../../sandbox/core/world';
import { api, newWorld } from './helpers';

/**
 * What the people features read: owned-record counts through CRM search, login history, and the
 * account's security activity for changes made through the API and on HubSpot's pages alike.
 */
async function pageAction(world: World, action: string, body: unknown): Promise<number> {
  const host = world.scenario.portal.uiHost ?? 'app.hubspot.com';
  const url = new URL(`https://${host}/_sandbox/hubspot-app/${world.scenario.portal.id}/${action}`);
  const response = await hubspotAppHost.handle(new Request(url, { method: 'POST', body: JSON.stringify(body) }), { world, url });
  return response.status;
}

const byOwner = (ownerId: string) => ({ filterGroups: [{ filters: [{ propertyName: 'hubspot_owner_id', operator: 'EQ', value: ownerId }] }], limit: 1 });

describe('CRM search counts owned records', () => {
  it('answers the scenario owner’s count as total, one result per page, paging by offset', async () => {
    const world = newWorld();
    const contacts = await api(world, 'POST', '/crm/v3/objects/contacts/search', { body: byOwner('555001') });
    expect(contacts.body.total).toBe(12);
    expect(contacts.body.results).toHaveLength(1);
    expect(contacts.body.results[0].properties.hubspot_owner_id).toBe('555001');
    expect(contacts.body.paging.next.after).toBe('1');
    const last = await api(world, 'POST', '/crm/v3/objects/contacts/search', { body: { ...byOwner('555001'), after: '11' } });
    expect(last.body.paging).toBeUndefined();
  });

  it('claims nothing for a filter it does not model', async () => {
    const answer = await api(newWorld(), 'POST', '/crm/v3/objects/deals/search', {
      body: { filterGroups: [{ filters: [{ propertyName: 'dealstage', operator: 'EQ', value: 'won' }] }] },
    });
    expect(answer.body.total).toBe(0);
  });
});

describe('login history', () => {
  it('lists the scenario’s sign-ins in order, for one user when asked', async () => {
    const world = newWorld((scenario) => {
      scenario.hubspotActivity = [
        { kind: 'login', userId: '1002', at: '2026-03-01T08:00:00.000Z' },
        { kind: 'login', userId: '1001', at: '2026-03-05T09:00:00.000Z' },
        { kind: 'audit', userId: '1002', at: '2026-03-06T09:00:00.000Z', actorUserId: '1001', action: 'UPDATE' },
        { kind: 'login', userId: '1002', at: '2026-03-09T07:30:00.000Z', succeeded: false },
        { kind: 'login', userId: '1002', at: '2026-03-09T07:31:00.000Z' },
      ];
    });
    const all = await api(world, 'GET', '/account-info/v3/activity/login');
    expect(all.body.results.map((login: { userId: number }) => login.userId)).toEqual([1002, 1001, 1002, 1002]);
    const ben = await api(world, 'GET', '/account-info/v3/activity/login', { params: { userId: 1002 } });
    expect(ben.body.results.map((login: { loginSucceeded: boolean; email: string }) => [login.loginSucceeded, login.email])).toEqual([
      [true, 'ben.sales@acme.example'],
      [false, 'ben.sales@acme.example'],
      [true, 'ben.sales@acme.example'],
    ]);
  });
});

describe('security activity', () => {
  it('records page deactivation, reactivation, Super Admin and API removal with actor and target', async () => {
    const world = newWorld();
    expect(await pageAction(world, 'user/deactivate', { userIds: ['1005'] })).toBe(200);
    expect(await pageAction(world, 'user/reactivate', { userIds: ['1005'] })).toBe(200);
    expect(await pageAction(world, 'user/make-super-admin', { userIds: ['1005'] })).toBe(200);
    await api(world, 'DELETE', '/settings/v3/users/{userId}', { params: { userId: '1006' } });
    const answer = await api(world, 'GET', '/account-info/v3/activity/security');
    // The scenario's own entry first (hubspotActivity), then what was done since, ids in that order.
    expect(answer.body.results.map((event: { id: string }) => event.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(answer.body.results.map((event: { type: string; objectId: string; actingUser: string }) => [event.type, event.objectId, event.actingUser])).toEqual([
      ['DEACTIVATE_USER', '1003', 'anna.admin@acme.example'],
      ['DEACTIVATE_USER', '1005', 'anna.admin@acme.example'],
      ['REACTIVATE_USER', '1005', 'anna.admin@acme.example'],
      ['ADD_ADMIN_USER', '1005', 'anna.admin@acme.example'],
      ['REMOVE_USER', '1006', 'anna.admin@acme.example'],
    ]);
    expect(world.scenario.users.find((user) => user.id === '1005')?.superAdmin).toBe(true);
  });

  it('refuses Make Super Admin for a deactivated user and changes nothing', async () => {
    const world = newWorld();
    const before = (await api(world, 'GET', '/account-info/v3/activity/security')).body.results;
    expect(await pageAction(world, 'user/make-super-admin', { userIds: ['1003'] })).toBe(409);
    expect(world.scenario.users.find((user) => user.id === '1003')?.superAdmin).toBeUndefined();
    expect((await api(world, 'GET', '/account-info/v3/activity/security')).body.results).toEqual(before);
  });

  it('removing a user through the API removes their personal inboxes', async () => {
    const world = newWorld((scenario) => {
      scenario.personalInboxes = [{ userId: '1006', address: 'finn.field@acme.example', provider: 'google', state: 'disabled' }];
    });
    await api(world, 'DELETE', '/settings/v3/users/{userId}', { params: { userId: '1006' } });
    expect(world.scenario.personalInboxes?.[0]?.state).toBe('removed');
  });
});
