// @vitest-environment happy-dom
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PARTNER_READERS } from '../../lib/guide/partner-readers';
import { readerFor } from '../../lib/guide/page-readers';
import { partnerSeenProtocol } from '../../lib/messaging/partner-seen-protocol';
import type { Language } from '../../sandbox/core/scenario';
import { getPage, makeWorld, PORTAL } from '../sandbox/hubspot-app/helpers';
import { toDocument } from './sandbox-pages';

const LANGUAGES = ['en', 'de', 'nl', 'sv', 'pl'] as const satisfies readonly Language[];
const AUTOMATION = `/settings/${PORTAL}/partner/automation`;
const USERS = `/settings/${PORTAL}/users`;

/** The partner reader's reading of a sandbox page, validated as the message would be. */
async function read(world: ReturnType<typeof makeWorld>, path: string) {
  const { html } = await getPage(world, path);
  const url = new URL(`https://app.hubspot.com${path}`);
  const reading = readerFor(url, PARTNER_READERS)?.read(toDocument(html), url);
  return reading === undefined || reading === 'skip' ? reading : v.parse(partnerSeenProtocol['partner/seen'].request, reading);
}

describe.each(LANGUAGES)('HubSpot partner settings (%s)', (language) => {
  it('Automation: the saved domain, editable for the Super Admin, and who is signed in', async () => {
    const world = makeWorld(language, (s) => {
      s.portal.partner = { isPartner: true, employeeEmailDomain: 'Acme-Partner.com' };
    });
    expect(await read(world, AUTOMATION)).toEqual({
      path: AUTOMATION, portalId: String(PORTAL), partner: true, user: 'ada@acme-partner.com',
      automation: { domain: 'acme-partner.com', editable: true },
    });
  });

  it('Automation: an empty field is no domain; a user who is not a Super Admin cannot edit', async () => {
    const world = makeWorld(language, (s) => {
      s.signedIn = { hubspotUserId: '2' };
    });
    expect(await read(world, AUTOMATION)).toMatchObject({ user: 'bo@acme-partner.com', automation: { domain: null, editable: false } });
  });

  it('any settings page: the sidebar tells a partner account from another', async () => {
    expect(await read(makeWorld(language), USERS)).toEqual({ path: USERS, portalId: String(PORTAL), partner: true, user: 'ada@acme-partner.com' });
    const other = makeWorld(language, (s) => {
      s.portal.partner = { isPartner: false };
    });
    expect(await read(other, USERS)).toMatchObject({ partner: false });
  });
});

describe('what the partner readers do not read', () => {
  it('a domain typed but not saved', async () => {
    const world = makeWorld('pl', (s) => {
      s.portal.partner = { isPartner: true, employeeEmailDomain: 'gmail.com' };
    });
    const { html } = await getPage(world, AUTOMATION);
    const doc = toDocument(html);
    (doc.getElementById('domain') as HTMLInputElement).value = 'kancelaria.pl';
    const url = new URL(`https://app.hubspot.com${AUTOMATION}`);
    expect(readerFor(url, PARTNER_READERS)?.read(doc, url)).toBeUndefined();
  });

  it('the Automation URL of a non-partner portal (a 404 without the field) reads as no partner; pages outside settings are not read', async () => {
    const world = makeWorld('de', (s) => {
      delete s.portal.partner;
    });
    const page = await getPage(world, AUTOMATION);
    expect(page.status).toBe(404);
    const url = new URL(`https://app.hubspot.com${AUTOMATION}`);
    expect(readerFor(url, PARTNER_READERS)?.read(toDocument(page.html), url)).toEqual({ path: AUTOMATION, portalId: String(PORTAL), partner: false, user: 'ada@acme-partner.com' });
    expect(readerFor(new URL(`https://app.hubspot.com/live-messages-settings/${PORTAL}/inboxes`), PARTNER_READERS)).toBeUndefined();
    expect(readerFor(new URL(`https://evil.example${AUTOMATION}`), PARTNER_READERS)).toBeUndefined();
  });
});
