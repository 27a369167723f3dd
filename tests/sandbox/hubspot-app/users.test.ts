import { describe, expect, it } from 'vitest';
import { getPage, makeWorld, PORTAL, postAction, user } from './helpers';

const USERS = `/settings/${PORTAL}/users`;

describe('Users & Teams', () => {
  it('lists users that are not removed, with status, actions menu and bulk buttons, escaped', async () => {
    const { status, html } = await getPage(makeWorld('en'), USERS);
    expect(status).toBe(200);
    for (const id of ['1', '2', '3', '4', '5']) expect(html).toContain(`data-user-id="${id}"`);
    expect(html).not.toContain('data-user-id="6"');
    expect(html).toContain('aria-haspopup="menu"');
    expect(html).toContain('role="menuitem"');
    expect(html).toContain('>Create user<');
    expect(html).toContain('Cleo &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
  });

  it('shows the Swedish and German labels', async () => {
    const sv = (await getPage(makeWorld('sv'), USERS)).html;
    for (const label of ['>Åtgärder<', '>Avaktivera användare<', '>Återaktivera användare<', '>Ta bort från konto<', '>Fortsätt<', '>Bekräfta<', '>Reaktivera användare<', '>Avaktiverad<']) {
      expect(sv).toContain(label);
    }
    const de = (await getPage(makeWorld('de'), USERS)).html;
    expect(de).toContain('>Benutzer & Teams<'.replace('&', '&amp;'));
    expect(de).toContain('>Benutzer deaktivieren<');
  });

  it('deactivates (disconnecting personal inboxes) and reactivates a user', async () => {
    const world = makeWorld();
    expect((await postAction(world, 'user/deactivate', { userIds: ['2'] })).body.ok).toBe(true);
    expect(user(world, '2').status).toBe('deactivated');
    expect(world.scenario.personalInboxes?.find((i) => i.userId === '2')?.state).toBe('disabled');
    const page = (await getPage(world, `${USERS}/user/2`)).html;
    expect(page).toContain('<p class="user-status" role="status">Deactivated</p>');
    expect(page).toContain('>Reactivate user<');
    expect((await postAction(world, 'user/reactivate', { userIds: ['2'] })).body.ok).toBe(true);
    expect(user(world, '2').status).toBe('active');
  });

  it('refuses to remove an active user and a point of contact, then removes after deactivation', async () => {
    const world = makeWorld('sv');
    const active = await postAction(world, 'user/remove', { userIds: ['5'] });
    expect(active.body).toMatchObject({ ok: false, code: 'errNotDeactivated' });
    expect(active.body.message).toContain('eve@acme-partner.com');
    expect(user(world, '5').status).toBe('active');

    const contact = await postAction(world, 'user/remove', { userIds: ['3'] });
    expect(contact.body.code).toBe('errPointOfContact');
    expect(contact.body.message).toContain('kontaktpunkt');
    expect(user(world, '3').status).toBe('deactivated');

    expect((await postAction(world, 'user/deactivate', { userIds: ['5'] })).body.ok).toBe(true);
    expect((await postAction(world, 'user/remove', { userIds: ['5'] })).body.ok).toBe(true);
    expect(user(world, '5').status).toBe('removed');
    expect((await getPage(world, USERS)).html).not.toContain('data-user-id="5"');
    expect((await getPage(world, `${USERS}/user/5`)).status).toBe(404);
  });

  it('bulk removal is all or nothing', async () => {
    const world = makeWorld();
    const answer = await postAction(world, 'user/remove', { userIds: ['4', '3'] });
    expect(answer.body.code).toBe('errPointOfContact');
    expect(user(world, '4').status).toBe('deactivated');
    world.scenario.portal.pointsOfContact = { primary: '1', others: [] };
    expect((await postAction(world, 'user/remove', { userIds: ['4', '3'] })).body.ok).toBe(true);
    expect([user(world, '3').status, user(world, '4').status]).toEqual(['removed', 'removed']);
  });

  it('bulk deactivation, and never yourself', async () => {
    const world = makeWorld();
    expect((await postAction(world, 'user/deactivate', { userIds: ['2', '5'] })).body.ok).toBe(true);
    expect([user(world, '2').status, user(world, '5').status]).toEqual(['deactivated', 'deactivated']);
    const self = await postAction(world, 'user/deactivate', { userIds: ['1'] });
    expect(self.body.code).toBe('errSelf');
    expect(user(world, '1').status).toBe('active');
    expect((await postAction(world, 'user/deactivate', { userIds: ['nobody'] })).status).toBe(404);
  });
});
