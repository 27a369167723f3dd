// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readerFor } from '../../lib/guide/page-readers';
import { accessibleName, allByRole } from '../../lib/pages/dom/page-dom';
import { readGoogleConnections } from '../../lib/pages/google/connections';
import { readLiveConsent } from '../../lib/pages/microsoft/live-consent';
import { readMyAppsHome, readMyAppsManage } from '../../lib/pages/microsoft/my-apps';
import { MYAPPS_LABELS } from '../../lib/pages/microsoft/labels';
import type { World } from '../../sandbox/core/world';
import { demoWorld, LANGUAGES, sandboxDocument, toDocument } from './sandbox-pages';

const KATRIN = 'katrin.sommer@nordlicht.example';
const OLIVER = 'oliver.bennett@nordlicht-nordic.example';
const SAM = 'sam.okafor@outlook.com';

async function snapshotOf(world: World, href: string) {
  const url = new URL(href);
  return readerFor(url)?.read(await sandboxDocument(world, href), url);
}

describe.each(LANGUAGES)('Google third-party connections (%s)', (language) => {
  it('finds HubSpot among the signed-in account\'s apps, and its absence after removal', async () => {
    const world = demoWorld(language);
    const page = readGoogleConnections(await sandboxDocument(world, 'https://myaccount.google.com/connections'), '/connections');
    expect(page).toEqual({ account: KATRIN, apps: ['HubSpot'], hubspotListed: true });
    expect(await snapshotOf(world, 'https://myaccount.google.com/connections')).toEqual({
      kind: 'provider-grant', path: '/connections', scope: KATRIN,
      items: [{ address: KATRIN, value: { present: true, app: 'HubSpot', provider: 'google' } }],
      listing: 'complete',
    });

    world.scenario.providerGrants = world.scenario.providerGrants?.filter((g) => g.address !== KATRIN);
    const after = await snapshotOf(world, 'https://myaccount.google.com/connections?removed=HubSpot');
    expect(after !== 'skip' && after?.items).toEqual([{ address: KATRIN, value: { present: false, app: 'HubSpot', provider: 'google' } }]);
  });

  it('the ?hl= language of the page wins over the portal\'s', async () => {
    const other = language === 'de' ? 'sv' : 'de';
    const doc = await sandboxDocument(demoWorld(language), `https://myaccount.google.com/connections?hl=${other}`);
    expect(doc.documentElement.lang).toBe(other);
    expect(readGoogleConnections(doc, '/connections')?.hubspotListed).toBe(true);
  });

  it('gives undefined, without throwing, when nobody is signed in or the title is missing', async () => {
    const world = demoWorld(language, (s) => delete s.signedIn?.google);
    expect(readGoogleConnections(await sandboxDocument(world, 'https://myaccount.google.com/connections'), '/connections')).toBeUndefined();
    const renamed = await sandboxDocument(demoWorld(language), 'https://myaccount.google.com/connections');
    renamed.querySelector('h1')?.replaceChildren('Something else');
    expect(readGoogleConnections(renamed, '/connections')).toBeUndefined();
  });
});

it('Google: reads the account from the account button, as on the live page', () => {
  const doc = toDocument(`<!doctype html><html lang="en"><body>
<header><a href="https://accounts.google.com/SignOutOptions" aria-label="Google Account: Anna Berg (anna@example.com)">A</a></header>
<main><h1>Third-party apps &amp; services</h1><ul><li><a href="/connections/link?id=1">Zoom</a></li><li><a href="/connections/link?id=2">HubSpot</a></li></ul></main></body></html>`);
  expect(readGoogleConnections(doc, '/u/1/connections')).toEqual({ account: 'anna@example.com', apps: ['Zoom', 'HubSpot'], hubspotListed: true });
});

describe.each(LANGUAGES)('My Apps (%s)', (language) => {
  it('finds the HubSpot Sales tile and its user-consented permissions', async () => {
    const world = demoWorld(language);
    const home = await sandboxDocument(world, 'https://myapps.microsoft.com/');
    expect(readMyAppsHome(home, '/')).toEqual({ account: OLIVER, apps: ['HubSpot Sales'], hubspotApp: 'HubSpot Sales' });
    expect(await snapshotOf(world, 'https://myapps.microsoft.com/')).toMatchObject({
      kind: 'provider-grant', scope: OLIVER, items: [{ address: OLIVER, value: { present: true, app: 'HubSpot Sales', provider: 'microsoft365' } }],
    });

    // As a person: the tile's "Manage your application" link.
    const manageLink = allByRole(home, 'link').find((a) => accessibleName(a) === MYAPPS_LABELS[language].manage);
    const manageUrl = new URL(manageLink?.getAttribute('href') ?? '/missing', 'https://myapps.microsoft.com/');
    const manage = readMyAppsManage(await sandboxDocument(world, manageUrl.href), manageUrl.pathname);
    expect(manage).toMatchObject({ account: OLIVER, app: 'HubSpot Sales', adminConsented: false });
    expect(manage?.userScopes).toContain('Mail.ReadWrite');

    world.scenario.providerGrants = world.scenario.providerGrants?.filter((g) => g.address !== OLIVER);
    const after = await snapshotOf(world, 'https://myapps.microsoft.com/');
    expect(after !== 'skip' && after?.items[0]?.value.present).toBe(false);
  });

  it('gives undefined without the "My Apps" heading', async () => {
    const doc = await sandboxDocument(demoWorld(language), 'https://myapps.microsoft.com/');
    doc.querySelector('h1')?.remove();
    expect(readMyAppsHome(doc, '/')).toBeUndefined();
  });
});

describe.each(LANGUAGES)('account.live.com consent (%s)', (language) => {
  const outlookSignedIn = () => demoWorld(language, (s) => (s.signedIn = { ...s.signedIn, microsoft: SAM }));

  it('finds HubSpot among the apps of the personal account', async () => {
    const world = outlookSignedIn();
    const page = readLiveConsent(await sandboxDocument(world, 'https://account.live.com/consent/Manage'), '/consent/Manage');
    expect(page).toEqual({ account: SAM, apps: ['HubSpot'], hubspotListed: true });
    world.scenario.providerGrants = world.scenario.providerGrants?.filter((g) => g.address !== SAM);
    const after = await snapshotOf(world, 'https://account.live.com/consent/Manage?removed=HubSpot');
    expect(after !== 'skip' && after?.items).toEqual([{ address: SAM, value: { present: false, app: 'HubSpot', provider: 'outlook' } }]);
  });

  it('an app\'s own page is not the list; a missing title gives undefined', async () => {
    expect(readerFor(new URL('https://account.live.com/consent/Manage?app=abc'))).toBeUndefined();
    const doc = await sandboxDocument(outlookSignedIn(), 'https://account.live.com/consent/Manage');
    doc.querySelector('h1')?.replaceChildren('Renamed');
    expect(readLiveConsent(doc, '/consent/Manage')).toBeUndefined();
  });
});
