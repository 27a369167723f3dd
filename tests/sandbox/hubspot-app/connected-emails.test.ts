import { describe, expect, it } from 'vitest';
import { getPage, makeWorld, PORTAL, postAction } from './helpers';

const PATH = `/settings/${PORTAL}/user-preferences/email`;

describe('Connected emails page', () => {
  it('lists the signed-in user’s inboxes in English, not others’ or removed ones', async () => {
    const { status, html } = await getPage(makeWorld('en'), PATH);
    expect(status).toBe(200);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('role="tab"');
    expect(html).toContain('>Connected emails<');
    expect(html).toContain('ada@acme-partner.com');
    expect(html).not.toContain('ada.old@acme-partner.com');
    expect(html).not.toContain('bo@acme-partner.com');
    expect(html).toContain('HubSpot no longer has access to this inbox');
    expect(html).toContain('>Yes, disable<');
  });

  it('speaks German and Swedish', async () => {
    const de = await getPage(makeWorld('de'), PATH);
    expect(de.html).toContain('<html lang="de">');
    for (const label of ['Verknüpfte E-Mails', '>Deaktivieren<', 'Ja, deaktivieren', 'Ja, Posteingang entfernen']) {
      expect(de.html).toContain(label);
    }
    const sv = await getPage(makeWorld('sv'), PATH);
    expect(sv.html).toContain('<html lang="sv">');
    expect(sv.html).toContain('Anslutna e-postmeddelanden');
  });

  it('escapes scenario text', async () => {
    const { html } = await getPage(makeWorld('en'), PATH);
    expect(html).toContain('Acme Partner &lt;b&gt;GmbH&lt;/b&gt;');
    expect(html).not.toContain('<b>GmbH');
  });

  it('disables, shows Disabled greyed, then removes the inbox', async () => {
    const world = makeWorld('de');
    const inbox = () => world.scenario.personalInboxes?.find((i) => i.address === 'ada@acme-partner.com');
    const early = await postAction(world, 'inbox/remove', { address: 'ada@acme-partner.com' });
    expect(early.body.code).toBe('errInboxNotDisabled');
    expect(inbox()?.state).toBe('connected');

    expect((await postAction(world, 'inbox/disable', { address: 'ADA@acme-partner.com' })).body.ok).toBe(true);
    expect(inbox()?.state).toBe('disabled');
    const page = await getPage(world, PATH);
    expect(page.html).toMatch(/data-address="ada@acme-partner.com" data-state="disabled" class="is-disabled" aria-disabled="true"/);
    expect(page.html).toContain('>Entfernen<');

    expect((await postAction(world, 'inbox/remove', { address: 'ada@acme-partner.com' })).body.ok).toBe(true);
    expect(inbox()?.state).toBe('removed');
    expect((await getPage(world, PATH)).html).not.toContain('data-address="ada@acme-partner.com"');
  });

  it('refuses another user’s inbox and malformed bodies', async () => {
    const world = makeWorld();
    const other = await postAction(world, 'inbox/disable', { address: 'bo@acme-partner.com' });
    expect(other.status).toBe(404);
    expect(world.scenario.personalInboxes?.find((i) => i.userId === '2')?.state).toBe('connected');
    expect((await postAction(world, 'inbox/disable', { nope: 1 })).status).toBe(400);
  });

  it('redirects the other UI host and 404s a foreign portal', async () => {
    const world = makeWorld();
    expect((await getPage(world, PATH, 'app-eu1.hubspot.com')).status).toBe(302);
    expect((await getPage(world, '/settings/999/user-preferences/email')).status).toBe(404);
  });

  it('tells a removed user they have no access', async () => {
    const world = makeWorld('en', (s) => {
      const me = s.users.find((u) => u.id === '1');
      if (me) me.status = 'removed';
    });
    const page = await getPage(world, PATH);
    expect(page.status).toBe(403);
    expect(page.html).toContain('You no longer have access to this account');
  });
});
