import { describe, expect, it } from 'vitest';
import type { Language } from '../../../sandbox/core/scenario';
import { escapeHtml } from '../../../sandbox/html';
import { LIVE_CONSENT_LABELS } from '../../../sandbox/hosts/microsoft/live-consent-labels';
import { MYAPPS_LABELS } from '../../../sandbox/hosts/microsoft/myapps-labels';
import { form, newWorld, send } from './fixture';

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
const field = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? '';
const LANGS: Language[] = ['en', 'de', 'nl', 'sv', 'pl'];

describe('My Apps (myapps.microsoft.com)', () => {
  it.each(LANGS)('in %s: "…" → Manage your application → Revoke permissions → confirm removes only the user\'s Principal grant', async (lang) => {
    const world = newWorld();
    world.scenario.portal.language = lang;
    world.scenario.signedIn = { microsoft: 'ann@contoso.example' };
    const t = MYAPPS_LABELS[lang];
    const home = await (await send(world, 'https://myapps.microsoft.com/')).text();
    expect(home).toContain('<h2>HubSpot Sales</h2>');
    expect(home).toContain(`aria-label="${t.moreOptions.replace('{app}', 'HubSpot Sales')}"`);
    const manageHref = hrefs(home).find((h) => h.startsWith('/manage')) ?? '';
    expect(home).toContain(`>${t.manage}</a>`);

    const manage = await (await send(world, `https://myapps.microsoft.com${manageHref}`)).text();
    expect(manage).toContain(`>${t.revoke}</button>`);
    expect(manage).toContain(escapeHtml(t.cantRevoke));
    expect(manage).toContain('<li>Mail.ReadWrite</li>');
    const dialog = await (await send(world, `https://myapps.microsoft.com${manageHref}&confirm=1`)).text();
    expect(dialog).toContain('role="dialog"');

    const revoked = await send(world, 'https://myapps.microsoft.com/manage/revoke', form({ app: field(manage, 'app') }));
    expect(revoked.status).toBe(303);
    const left = world.scenario.providerGrants?.map((g) => `${g.address} ${g.app} ${g.consentType ?? 'Principal'}`);
    expect(left).toEqual(['ada@contoso.example HubSpot Sales AllPrincipals', 'bob@contoso.example Zoom Principal', 'pat@outlook.example HubSpot Principal']);
    const after = await (await send(world, `https://myapps.microsoft.com${revoked.headers.get('location')}`)).text();
    expect(after).toContain('role="status"');
    expect(after).not.toContain(`>${t.revoke}</button>`);
    expect(after).toContain('<li>User.Read</li>');
  });

  it('offers no revoke for admin-consented grants and asks personal accounts to sign in with work accounts', async () => {
    const world = newWorld();
    world.scenario.signedIn = { microsoft: 'bob@contoso.example' };
    const home = await (await send(world, 'https://myapps.microsoft.com/')).text();
    const hubspot = hrefs(home).filter((h) => h.startsWith('/manage'));
    expect(hubspot).toHaveLength(2);
    const pages = await Promise.all(hubspot.map(async (h) => (await send(world, `https://myapps.microsoft.com${h}`)).text()));
    const adminOnly = pages.find((p) => p.includes('<h1>HubSpot Sales</h1>')) ?? '';
    expect(adminOnly).not.toContain('<button');
    expect(adminOnly).toContain(escapeHtml(MYAPPS_LABELS.en.youGrantedNone));
    world.scenario.signedIn = { microsoft: 'pat@outlook.example' };
    expect(await (await send(world, 'https://myapps.microsoft.com/')).text()).toContain(escapeHtml(MYAPPS_LABELS.en.signInNeeded));
  });

  it('escapes scenario data', async () => {
    const world = newWorld();
    world.scenario.providerGrants?.push({ address: 'ada@contoso.example', provider: 'microsoft365', app: '<img src=x onerror=alert(1)>' });
    const home = await (await send(world, 'https://myapps.microsoft.com/')).text();
    expect(home).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(home).not.toContain('<img');
  });
});

describe('account.live.com/consent/Manage', () => {
  it.each(LANGS)('in %s: HubSpot → Edit → Remove these permissions → confirm removes the outlook grant', async (lang) => {
    const world = newWorld();
    world.scenario.signedIn = { microsoft: 'pat@outlook.example' };
    const t = LIVE_CONSENT_LABELS[lang];
    const q = `?mkt=${lang === 'en' ? 'en-US' : lang}`;
    const list = await (await send(world, `https://account.live.com/consent/Manage${q}`)).text();
    expect(list).toContain(escapeHtml(t.title));
    const appHref = hrefs(list).find((h) => h.includes('app=')) ?? '';
    const details = await (await send(world, `https://account.live.com${appHref}`)).text();
    expect(details).toContain(`>${t.edit}</button>`);
    const app = field(details, 'app');
    const edit = await (await send(world, `https://account.live.com/consent/Edit?app=${app}&mkt=${lang}`)).text();
    expect(edit).toContain(`>${t.remove}</button>`);
    const dialog = await (await send(world, `https://account.live.com/consent/Edit?app=${app}&confirm=1&mkt=${lang}`)).text();
    expect(dialog).toContain('role="dialog"');
    expect(dialog).toContain(`>${t.confirm}</button>`);
    const removed = await send(world, 'https://account.live.com/consent/Edit/Remove', form({ app, mkt: lang }));
    expect(removed.status).toBe(303);
    expect(world.scenario.providerGrants?.some((g) => g.provider === 'outlook')).toBe(false);
    expect(world.scenario.providerGrants).toHaveLength(3);
    expect(await (await send(world, `https://account.live.com${removed.headers.get('location')}`)).text()).toContain(escapeHtml(t.none));
  });

  it('prefers a personal account: a work signedIn.microsoft falls back to signedIn.outlook', async () => {
    const world = newWorld();
    world.scenario.signedIn = { microsoft: 'ada@contoso.example', outlook: 'pat@outlook.example' };
    expect(await (await send(world, 'https://account.live.com/consent/Manage')).text()).toContain('pat@outlook.example');
    world.scenario.signedIn = { microsoft: 'ada@contoso.example' };
    expect(await (await send(world, 'https://account.live.com/consent/Manage')).text()).toContain(escapeHtml(LIVE_CONSENT_LABELS.en.signInNeeded));
  });
});
