import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, newWorld } from './helpers';

const OWNERS = '/crm/v3/owners/';
const emails = (results: { email: string }[]) => results.map((owner) => owner.email).sort();

describe('crm owners', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-10T10:00:00.000Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('active owners are exactly the active users, archived ones exactly the deactivated and removed users', async () => {
    const world = newWorld();
    const active = await api(world, 'GET', OWNERS);
    const archived = await api(world, 'GET', OWNERS, { params: { archived: true } });
    const users = world.scenario.users;
    expect(emails(active.body.results)).toEqual(users.filter((u) => (u.status ?? 'active') === 'active').map((u) => u.email).sort());
    expect(emails(archived.body.results)).toEqual(users.filter((u) => u.status === 'deactivated' || u.status === 'removed').map((u) => u.email).sort());
    for (const owner of archived.body.results) {
      expect(owner).not.toHaveProperty('userId');
      expect(owner.archived).toBe(true);
      expect(typeof owner.userIdIncludingInactive).toBe('number');
    }
  });

  it('uses the scenario ownerId, else a stable derived id', async () => {
    const world = newWorld();
    const results = (await api(world, 'GET', OWNERS)).body.results;
    expect(results.find((owner: { email: string }) => owner.email === 'ben.sales@acme.example').id).toBe('555001');
    expect(results.find((owner: { email: string }) => owner.email === 'anna.admin@acme.example').id).toBe('100001001');
    const again = await api(world, 'GET', '/crm/v3/owners/{ownerId}', { params: { ownerId: 100001001 } });
    expect(again.body.userId).toBe(1001);
  });

  it('a user deactivated in the scenario (as the pages do) has an archived owner on the next request', async () => {
    const world = newWorld();
    const before = await api(world, 'GET', '/crm/v3/owners/{ownerId}', { params: { ownerId: 1005, idProperty: 'userId' } });
    expect(before.body).toMatchObject({ archived: false, userId: 1005, firstName: 'Eva' });
    const eva = world.scenario.users.find((user) => user.id === '1005');
    if (eva) eva.status = 'deactivated';
    vi.setSystemTime(new Date('2026-03-10T10:05:00.000Z'));
    expect((await api(world, 'GET', '/crm/v3/owners/{ownerId}', { params: { ownerId: 1005, idProperty: 'userId' } })).status).toBe(404);
    const after = await api(world, 'GET', '/crm/v3/owners/{ownerId}', { params: { ownerId: 1005, idProperty: 'userId', archived: true } });
    expect(after.body).toMatchObject({ archived: true, userIdIncludingInactive: 1005, firstName: '', updatedAt: '2026-03-10T10:05:00.000Z' });
    expect(after.body).not.toHaveProperty('userId');
    expect(Date.parse(after.body.updatedAt)).toBeGreaterThan(Date.parse(before.body.updatedAt));
    const users = await api(world, 'GET', '/settings/v3/users/{userId}', { params: { userId: '1005' } });
    expect(users.status).toBe(200);
  });

  it('pages owners with a cursor', async () => {
    const world = newWorld();
    const first = await api(world, 'GET', OWNERS, { params: { limit: 2 } });
    const second = await api(world, 'GET', OWNERS, { params: { limit: 2, after: first.body.paging.next.after } });
    const all = await api(world, 'GET', OWNERS);
    expect([...first.body.results, ...second.body.results].map((o: { id: string }) => o.id)).toEqual(
      all.body.results.slice(0, 4).map((o: { id: string }) => o.id),
    );
  });
});
