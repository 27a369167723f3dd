import { describe, expect, it } from 'vitest';
import { api, newWorld, send } from './helpers';

const USERS = '/settings/v3/users/';
const USER = '/settings/v3/users/{userId}';

/** A portal with 250 extra users, so paging has real work to do. */
const bigWorld = () =>
  newWorld((scenario) => {
    for (let index = 0; index < 250; index++) {
      scenario.users.push({ id: String(20_000 + index * 3), email: `user${index}@acme.example`, status: index % 10 === 0 ? 'removed' : 'active' });
    }
  });

describe('settings users', () => {
  it('paging walks every listed user exactly once', async () => {
    const world = bigWorld();
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const answer = await api(world, 'GET', USERS, { params: { limit: 7, ...(after !== undefined && { after }) } });
      expect(answer.body.results.length).toBeLessThanOrEqual(7);
      seen.push(...answer.body.results.map((user: { id: string }) => user.id));
      after = answer.body.paging?.next.after;
      pages += 1;
    } while (after !== undefined && pages < 100);
    const expected = world.scenario.users.filter((user) => user.status !== 'removed').map((user) => user.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...expected].sort());
  });

  it('defaults to 100 per page and clamps larger limits to 100', async () => {
    const world = bigWorld();
    const byDefault = await api(world, 'GET', USERS);
    const clamped = await api(world, 'GET', USERS, { params: { limit: 500 } });
    expect(byDefault.body.results).toHaveLength(100);
    expect(clamped.body.results).toHaveLength(100);
    expect(clamped.body.paging.next.link).toContain('after=');
  });

  it('answers the same with and without the trailing slash', async () => {
    const world = newWorld();
    const withSlash = await send(world, 'GET', new URL('https://api.hubapi.com/settings/v3/users/'));
    const without = await send(world, 'GET', new URL('https://api.hubapi.com/settings/v3/users'));
    expect(without.status).toBe(200);
    expect(without.body).toEqual(withSlash.body);
  });

  it('lists deactivated users but not removed ones', async () => {
    const ids = (await api(newWorld(), 'GET', USERS)).body.results.map((user: { id: string }) => user.id);
    expect(ids).toContain('1003');
    expect(ids).not.toContain('1004');
  });

  it('creating a user appends it to the scenario, active, with an owner', async () => {
    const world = newWorld();
    const created = await api(world, 'POST', USERS, { body: { email: 'hana.new@acme.example', sendWelcomeEmail: true, primaryTeamId: '701' } });
    expect(created.status).toBe(201);
    expect(created.body.sendWelcomeEmail).toBe(true);
    const stored = world.scenario.users.at(-1);
    expect(stored).toMatchObject({ id: created.body.id, email: 'hana.new@acme.example', status: 'active', primaryTeamId: '701' });
    expect(Number(created.body.id)).toBeGreaterThan(1007);
    const again = await api(world, 'GET', USER, { params: { userId: created.body.id } });
    expect(again.body.sendWelcomeEmail).toBe(false);
    const owners = await api(world, 'GET', '/crm/v3/owners/', { params: { email: 'hana.new@acme.example' } });
    expect(owners.body.results).toHaveLength(1);
    expect(owners.body.results[0]).toMatchObject({ id: stored?.ownerId, userId: Number(created.body.id), archived: false });
  });

  it('PUT changes the scenario user', async () => {
    const world = newWorld();
    const updated = await api(world, 'PUT', USER, { params: { userId: '1005' }, body: { lastName: 'Support-Lead', roleId: '501' } });
    expect(updated.body).toMatchObject({ lastName: 'Support-Lead', roleIds: ['501'], roleId: '501' });
    expect(world.scenario.users.find((user) => user.id === '1005')).toMatchObject({ lastName: 'Support-Lead', roleIds: ['501'] });
  });

  it('DELETE removes: 204, then 404, user kept as removed, owner archived', async () => {
    const world = newWorld();
    expect((await api(world, 'DELETE', USER, { params: { userId: '1002' } })).status).toBe(204);
    expect((await api(world, 'GET', USER, { params: { userId: '1002' } })).status).toBe(404);
    expect((await api(world, 'DELETE', USER, { params: { userId: '1002' } })).status).toBe(404);
    expect(world.scenario.users.find((user) => user.id === '1002')?.status).toBe('removed');
    const archived = await api(world, 'GET', '/crm/v3/owners/{ownerId}', { params: { ownerId: 555001, archived: true } });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ archived: true, userIdIncludingInactive: 1002 });
    expect(archived.body).not.toHaveProperty('userId');
    const active = await api(world, 'GET', '/crm/v3/owners/', { params: { email: 'ben.sales@acme.example' } });
    expect(active.body.results).toEqual([]);
  });

  it('derives team members from the users, following scenario changes', async () => {
    const world = newWorld();
    const teams = async () => (await api(world, 'GET', '/settings/v3/users/teams')).body.results;
    expect((await teams()).find((team: { id: string }) => team.id === '702')).toMatchObject({ userIds: ['1003', '1005'], secondaryUserIds: ['1002'] });
    const eva = world.scenario.users.find((user) => user.id === '1005');
    if (eva) eva.primaryTeamId = '701';
    expect((await teams()).find((team: { id: string }) => team.id === '701').userIds).toEqual(['1001', '1002', '1005']);
  });
});
