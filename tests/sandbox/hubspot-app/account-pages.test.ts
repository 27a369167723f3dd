import type { Scenario } from '../../../sandbox/core/scenario';
import { describe, expect, it } from 'vitest';
import { getPage, makeWorld, PORTAL, postAction, user } from './helpers';

describe('Account & Billing points of contact', () => {
  const PATH = `/account-and-billing/${PORTAL}/contacts`;

  it('lists primary and other contacts with Remove from role, in Dutch and Swedish', async () => {
    const nl = (await getPage(makeWorld('nl'), PATH)).html;
    expect(nl).toMatch(/data-contact-role="primary" data-user-id="1"/);
    expect(nl).toMatch(/data-contact-role="other" data-user-id="3"/);
    for (const label of ['Contactpunten', 'Primaire contactpersoon', '>Verwijderen uit rol<', '>Ja, verwijderen uit rol<', '>Ja, gebruiker toevoegen aan rol<']) {
      expect(nl).toContain(label);
    }
    const sv = (await getPage(makeWorld('sv'), PATH)).html;
    expect(sv).toContain('>Företagsinfo<');
    expect(sv).toContain('>Ja, ta bort från roll<');
  });

  it('removes another contact from the role, which then allows removing the user', async () => {
    const world = makeWorld();
    expect((await postAction(world, 'user/remove', { userIds: ['3'] })).body.code).toBe('errPointOfContact');
    expect((await postAction(world, 'contacts/remove-from-role', { userId: '3' })).body.ok).toBe(true);
    expect(world.scenario.portal.pointsOfContact).toEqual({ primary: '1', others: [] });
    expect((await postAction(world, 'user/remove', { userIds: ['3'] })).body.ok).toBe(true);
    expect(user(world, '3').status).toBe('removed');
  });

  it('never removes the primary, only replaces it with an active user', async () => {
    const world = makeWorld();
    expect((await postAction(world, 'contacts/remove-from-role', { userId: '1' })).body.code).toBe('errPrimaryMustBeReplaced');
    expect((await postAction(world, 'contacts/replace-primary', { userId: '4' })).body.code).toBe('errNotActive');
    expect((await postAction(world, 'contacts/replace-primary', { userId: '2' })).body.ok).toBe(true);
    expect(world.scenario.portal.pointsOfContact).toEqual({ primary: '2', others: ['3'] });
  });
});

describe('Security: Remove me from this account', () => {
  const PATH = `/settings/${PORTAL}/security`;

  it('greys the button out while you are a point of contact', async () => {
    const world = makeWorld('sv');
    const html = (await getPage(world, PATH)).html;
    expect(html).toContain('data-open-dialog="remove-me" disabled');
    expect(html).toContain('>Ta bort mig från det här kontot<');
    const refused = await postAction(world, 'self/remove', { email: 'ada@acme-partner.com' });
    expect(refused.body.code).toBe('removeMeBlocked');
    expect(user(world, '1').status).toBe('active');
  });

  it('removes you once you typed your own email, then the account is closed to you', async () => {
    const world = makeWorld('de', (s) => {
      s.portal.pointsOfContact = { primary: '2', others: [] };
    });
    const html = (await getPage(world, PATH)).html;
    expect(html).not.toContain('data-open-dialog="remove-me" disabled');
    expect(html).toContain('data-must-equal="ada@acme-partner.com"');
    expect(html).toMatch(/id="remove-me-submit"[^>]*disabled/);
    expect((await postAction(world, 'self/remove', { email: 'someone@else.com' })).body.code).toBe('errEmailMismatch');
    expect((await postAction(world, 'self/remove', { email: ' ADA@acme-partner.com ' })).body.ok).toBe(true);
    expect(user(world, '1').status).toBe('removed');
    expect((await getPage(world, PATH)).status).toBe(403);
  });
});

describe('Partner > Automation: partner employee email domain', () => {
  const PATH = `/settings/${PORTAL}/partner/automation`;

  it('shows the field in Polish and German', async () => {
    expect((await getPage(makeWorld('pl'), PATH)).html).toContain('Domena e-mail pracownika partnera');
    expect((await getPage(makeWorld('de'), PATH)).html).toContain('E-Mail-Domain für Partnermitarbeiter');
  });

  it('refuses shared and invalid domains, saves a unique one normalised', async () => {
    const world = makeWorld();
    const gmail = await postAction(world, 'partner/domain', { domain: 'Gmail.com' });
    expect(gmail.body).toMatchObject({ ok: false, code: 'errSharedDomain', message: 'gmail.com is a shared email domain. Enter a domain unique to your company.' });
    for (const shared of ['outlook.com', 'gmx.de', 'wp.pl', 'web.de']) {
      expect((await postAction(world, 'partner/domain', { domain: shared })).body.code, shared).toBe('errSharedDomain');
    }
    for (const bad of ['', 'not a domain', 'localhost', 'acme..com']) {
      expect((await postAction(world, 'partner/domain', { domain: bad })).body.code, bad).toBe('errInvalidDomain');
    }
    expect(world.scenario.portal.partner?.employeeEmailDomain).toBeNull();
    expect((await postAction(world, 'partner/domain', { domain: ' @Acme-Partner.com ' })).body.ok).toBe(true);
    expect(world.scenario.portal.partner?.employeeEmailDomain).toBe('acme-partner.com');
    expect((await getPage(world, PATH)).html).toContain('value="acme-partner.com"');
  });

  it('only lets a Super Admin save', async () => {
    const world = makeWorld('en', (s) => {
      s.signedIn = { hubspotUserId: '2' };
    });
    const html = (await getPage(world, PATH)).html;
    expect(html).toContain('You must be a Super Admin');
    expect(html).toMatch(/<button type="submit" disabled/);
    const refused = await postAction(world, 'partner/domain', { domain: 'acme-partner.com' });
    expect(refused.status).toBe(403);
    expect(world.scenario.portal.partner?.employeeEmailDomain).toBeNull();
  });

  it('has no Partner section on a non-partner account: no sidebar entry, the page is a 404', async () => {
    const partner = (await getPage(makeWorld('pl'), `/settings/${PORTAL}/users`)).html;
    expect(partner).toContain('<h2>Partnerzy</h2>');
    expect(partner).toContain(`href="${PATH}"`);
    for (const edit of [(s: Scenario) => { s.portal.partner = { isPartner: false }; }, (s: Scenario) => { delete s.portal.partner; }]) {
      const world = makeWorld('pl', edit);
      const settings = (await getPage(world, `/settings/${PORTAL}/users`)).html;
      expect(settings).not.toContain('Partnerzy');
      expect(settings).not.toContain('/partner/automation');
      expect((await getPage(world, PATH)).status).toBe(404);
      expect((await postAction(world, 'partner/domain', { domain: 'acme-partner.com' })).body.code).toBe('notPartner');
    }
  });
});
