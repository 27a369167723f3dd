import { describe, expect, it } from 'vitest';
import { CONNECTIONS_LABELS } from '../../../sandbox/hosts/google/connections-labels';
import type { Language } from '../../../sandbox/core/scenario';
import { form, newWorld, send } from './fixture';

const MYACCOUNT = 'https://myaccount.google.com';
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));

/** Walks list → details → "Remove access" → dialog like a user; returns each page's HTML. */
async function walk(world: ReturnType<typeof newWorld>, app: string, query = '') {
  const list = await (await send(world, `${MYACCOUNT}/connections${query}`)).text();
  const detailsHref = hrefs(list).find((h) => h.startsWith('/connections/link'));
  expect(list).toContain(`>${app}</a>`);
  const details = await (await send(world, `${MYACCOUNT}${detailsHref}`)).text();
  const id = /name="id" value="([^"]+)"/.exec(details)?.[1] ?? '';
  const dialog = await (await send(world, `${MYACCOUNT}/connections/link?id=${id}&confirm=1${query.replace('?', '&')}`)).text();
  return { list, details, dialog, id };
}

describe('myaccount.google.com/connections', () => {
  it.each<[Language, string]>([['en', 'Remove access'], ['de', 'Zugriffsrechte entfernen'], ['sv', 'Ta bort åtkomst'], ['nl', 'Toegang verwijderen'], ['pl', 'Usuń dostęp']])(
    'in %s (portal language): Remove access → confirm removes the HubSpot grant from the scenario', async (lang, removeLabel) => {
      const world = newWorld();
      world.scenario.portal.language = lang;
      world.scenario.signedIn = { google: 'bob@acme.example' };
      const t = CONNECTIONS_LABELS[lang];
      const { list, details, dialog, id } = await walk(world, 'HubSpot');
      expect(list).toContain(`<html lang="${lang}">`);
      expect(details).toContain(`>${removeLabel}</button>`);
      expect(details).not.toContain('role="dialog"');
      expect(dialog).toContain('role="dialog"');
      expect(dialog).toContain('aria-modal="true"');
      expect(dialog).toContain(`>${t.confirm}</button>`);

      const removed = await send(world, `${MYACCOUNT}/connections/remove`, form({ id }));
      expect(removed.status).toBe(303);
      expect(world.scenario.providerGrants?.filter((g) => g.provider === 'google').map((g) => `${g.address} ${g.app}`))
        .toEqual(['bob@acme.example Zoom <Meetings>', 'carol@gmail.com HubSpot']);
      const after = await (await send(world, `${MYACCOUNT}${removed.headers.get('location')}`)).text();
      expect(after).toContain('role="status"');
      expect(after).not.toContain('>HubSpot</a>');
    });

  it('hl= overrides the portal language and is kept on links and forms', async () => {
    const world = newWorld();
    world.scenario.signedIn = { google: 'bob@acme.example' };
    const { list, details } = await walk(world, 'HubSpot', '?hl=sv');
    expect(list).toContain(CONNECTIONS_LABELS.sv.title);
    expect(details).toContain('name="hl" value="sv"');
  });

  it('escapes scenario data and cancelling keeps the grant', async () => {
    const world = newWorld();
    world.scenario.signedIn = { google: 'bob@acme.example' };
    const list = await (await send(world, `${MYACCOUNT}/connections`)).text();
    expect(list).toContain('Zoom &lt;Meetings&gt;');
    expect(list).not.toContain('<Meetings>');
    const { dialog } = await walk(world, 'HubSpot');
    expect(dialog).toContain('formaction="/connections/link"');
    expect(world.scenario.providerGrants).toHaveLength(4);
  });

  it('/permissions redirects to /connections; nobody signed in gets a sign-in hint', async () => {
    const world = newWorld();
    const moved = await send(world, `${MYACCOUNT}/permissions?hl=de`);
    expect(moved.headers.get('location')).toBe('/connections?hl=de');
    delete world.scenario.signedIn;
    expect(await (await send(world, `${MYACCOUNT}/connections`)).text()).toContain(CONNECTIONS_LABELS.en.signInNeeded);
  });
});
