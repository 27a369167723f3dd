import type { HostModule, SandboxContext } from '../../core/host';
import type { ProviderGrant, Scenario } from '../../core/scenario';
import { escapeHtml, htmlResponse, page } from '../../html';
import { readParams, redirect } from '../google/http';
import { DIALOG_SCRIPT, PAGE_STYLE, confirmDialog, fill, langField, langLink, pageLanguage } from '../google/page-kit';
import { sameAddress, stableHex } from '../google/people';
import { tenantOfAddress } from './directory';
import { LIVE_CONSENT_LABELS } from './live-consent-labels';

/**
 * account.live.com/consent/Manage (providers.md §8, Outlook.com / personal accounts, no API):
 * "Apps and services you've given access to" → app → "Edit" → "Remove these permissions" →
 * confirm → the app's 'outlook' grants for the account leave scenario.providerGrants.
 *
 * The account: scenario.signedIn.microsoft if it is personal (in no Entra tenant), else
 * scenario.signedIn.outlook — the schema names both for Microsoft consumer pages.
 */

const appId = (app: string): string => stableHex(`live-consent:${app}`).slice(0, 16);

function personalAccount(scenario: Scenario): string | undefined {
  const candidates = [scenario.signedIn?.microsoft, scenario.signedIn?.outlook];
  return candidates.find((a): a is string => a !== undefined && !tenantOfAddress(scenario, a));
}

function appsOf(scenario: Scenario, account: string): { id: string; app: string; grants: ProviderGrant[] }[] {
  const grants = (scenario.providerGrants ?? []).filter((g) => g.provider === 'outlook' && sameAddress(g.address, account));
  return [...new Set(grants.map((g) => g.app))].map((app) => ({ id: appId(app), app, grants: grants.filter((g) => g.app === app) }));
}

async function route(request: Request, { world, url }: SandboxContext): Promise<Response> {
  const params = await readParams(request, url);
  const { lang, explicit } = pageLanguage(new URL(`https://x/?${params}`), world.scenario, 'mkt');
  const t = LIVE_CONSENT_LABELS[lang];
  const link = (p: string) => langLink(p, 'mkt', lang, explicit);
  const render = (body: string) => htmlResponse(page({ title: t.title, lang, style: PAGE_STYLE, script: DIALOG_SCRIPT, body: `<main>${body}</main>` }));
  const path = url.pathname.replace(/\/+$/, '').toLowerCase();
  const account = personalAccount(world.scenario);
  if (!account) return render(`<h1>${fill(t.title)}</h1><p>${fill(t.signInNeeded)}</p>`);
  const header = `<p>${fill(t.signedInAs, { email: account })}</p>`;
  const apps = appsOf(world.scenario, account);
  const app = apps.find((a) => a.id === params.get('app'));
  const fields = app ? `<input type="hidden" name="app" value="${app.id}">${langField('mkt', lang, explicit)}` : '';
  const scopes = (grants: ProviderGrant[]) => `<ul>${[...new Set(grants.flatMap((g) => g.scopes ?? []))].map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`;
  const back = `<p><a href="${escapeHtml(link('/consent/Manage'))}">${fill(t.back)}</a></p>`;

  if (path === '/consent/edit/remove' && request.method === 'POST') {
    if (app) world.scenario.providerGrants = (world.scenario.providerGrants ?? []).filter((g) => !app.grants.includes(g));
    const removed = app ? `?removed=${encodeURIComponent(app.app)}` : '';
    return new Response(null, { status: 303, headers: { location: link(`/consent/Manage${removed}`) } });
  }

  if (path === '/consent/edit') {
    if (!app) return redirect(link('/consent/Manage'));
    const dialog = params.get('confirm') === '1'
      ? confirmDialog({
        title: fill(t.confirmTitle), body: fill(t.confirmBody, { app: app.app }), confirm: fill(t.confirm), cancel: fill(t.cancel),
        confirmAction: '/consent/Edit/Remove', cancelAction: '/consent/Edit', fields,
      })
      : '';
    return render(`<div${dialog ? ' inert' : ''}>${back}<h1>${fill(t.editTitle, { app: app.app })}</h1>${header}
<p>${fill(t.accessTo, { app: app.app })}</p>${scopes(app.grants)}
<form method="get" action="/consent/Edit">${fields}<input type="hidden" name="confirm" value="1"><button type="submit" class="primary">${fill(t.remove)}</button></form></div>${dialog}`);
  }

  if (path === '/consent/manage') {
    const removed = params.get('removed');
    const notice = removed ? `<p class="notice" role="status">${fill(t.removed, { app: removed })}</p>` : '';
    if (app) {
      return render(`${back}<h1>${escapeHtml(app.app)}</h1>${header}<p>${fill(t.accessTo, { app: app.app })}</p>${scopes(app.grants)}
<form method="get" action="/consent/Edit">${fields}<button type="submit" class="primary">${fill(t.edit)}</button></form>`);
    }
    const items = apps.map((a) => `<li><a href="${escapeHtml(link(`/consent/Manage?app=${a.id}`))}">${escapeHtml(a.app)}</a></li>`).join('');
    return render(`<h1 id="title">${fill(t.title)}</h1>${header}${notice}<p>${fill(t.intro)}</p>${apps.length ? `<ul class="apps" aria-labelledby="title">${items}</ul>` : `<p>${fill(t.none)}</p>`}`);
  }
  return redirect(link('/consent/Manage'));
}

export const liveConsentHost: HostModule = {
  hosts: ['account.live.com'],
  handle: route,
};
