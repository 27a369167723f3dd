import type { HostModule, SandboxContext } from '../../core/host';
import type { ProviderGrant, Scenario } from '../../core/scenario';
import { escapeHtml, htmlResponse, page } from '../../html';
import { readParams, redirect } from '../google/http';
import { DIALOG_SCRIPT, PAGE_STYLE, confirmDialog, fill, langField, langLink, pageLanguage } from '../google/page-kit';
import { domainOf, sameAddress, stableHex } from '../google/people';
import { findTenant, tenantOfAddress } from './directory';
import { MYAPPS_LABELS } from './myapps-labels';

/**
 * My Apps (providers.md §8) for scenario.signedIn.microsoft: app tiles → "…" → "Manage your
 * application" → the user's own (Principal) consents with "Revoke permissions" → confirm → those
 * grants leave scenario.providerGrants; admin-consented (AllPrincipals) grants of the tenant
 * are listed under "You can't revoke these permissions".
 */

const appId = (app: string): string => stableHex(`myapps:${app}`).slice(0, 16);

interface AppView { id: string; app: string; mine: ProviderGrant[]; admin: ProviderGrant[] }

function appsOf(scenario: Scenario, account: string): AppView[] {
  const tenant = tenantOfAddress(scenario, account);
  const grants = (scenario.providerGrants ?? []).filter((g) => g.provider === 'microsoft365');
  const mine = grants.filter((g) => g.consentType !== 'AllPrincipals' && sameAddress(g.address, account));
  const admin = grants.filter((g) => g.consentType === 'AllPrincipals' && tenant?.domains.includes(domainOf(g.address)));
  const names = [...new Set([...mine, ...admin].map((g) => g.app))];
  return names.map((app) => ({ id: appId(app), app, mine: mine.filter((g) => g.app === app), admin: admin.filter((g) => g.app === app) }));
}

const scopeList = (grants: ProviderGrant[], label: string): string =>
  `<ul aria-label="${label}">${[...new Set(grants.flatMap((g) => g.scopes ?? []))].map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`;

async function route(request: Request, { world, url }: SandboxContext): Promise<Response> {
  const params = await readParams(request, url);
  const { lang, explicit } = pageLanguage(new URL(`https://x/?${params}`), world.scenario, 'mkt');
  const t = MYAPPS_LABELS[lang];
  // My Apps for another organisation (`?tenantId=`, as a guest opens it): the page keeps the
  // parameter on its links, and the account has no apps of its own there.
  const tenantParam = params.get('tenantId') ?? undefined;
  const withTenant = (p: string) => (tenantParam ? `${p}${p.includes('?') ? '&' : '?'}tenantId=${encodeURIComponent(tenantParam)}` : p);
  const link = (p: string) => withTenant(langLink(p, 'mkt', lang, explicit));
  const render = (body: string) => htmlResponse(page({ title: t.title, lang, style: PAGE_STYLE, script: DIALOG_SCRIPT, body: `<main>${body}</main>` }));
  const account = world.scenario.signedIn?.microsoft;
  if (!account || !tenantOfAddress(world.scenario, account)) return render(`<h1>${fill(t.title)}</h1><p>${fill(t.signInNeeded)}</p>`);
  const header = `<p>${fill(t.signedInAs, { email: account })}</p>`;
  const shown = tenantParam ? findTenant(world.scenario, tenantParam) : undefined;
  const otherOrganisation = tenantParam !== undefined && shown?.tenantId !== tenantOfAddress(world.scenario, account)?.tenantId;
  const apps = otherOrganisation ? [] : appsOf(world.scenario, account);
  const path = url.pathname.replace(/\/+$/, '') || '/';

  if (path === '/manage/revoke' && request.method === 'POST') {
    const target = apps.find((a) => a.id === params.get('app'));
    if (target) world.scenario.providerGrants = (world.scenario.providerGrants ?? []).filter((g) => !target.mine.includes(g));
    return new Response(null, { status: 303, headers: { location: link(`/manage?app=${params.get('app') ?? ''}&revoked=1`) } });
  }

  if (path === '/manage') {
    const app = apps.find((a) => a.id === params.get('app'));
    if (!app) return redirect(link('/'));
    const fields = `<input type="hidden" name="app" value="${app.id}">${langField('mkt', lang, explicit)}${tenantParam ? `<input type="hidden" name="tenantId" value="${escapeHtml(tenantParam)}">` : ''}`;
    const notice = params.get('revoked') === '1' ? `<p class="notice" role="status">${fill(t.revoked, { app: app.app })}</p>` : '';
    const mine = app.mine.length
      ? `${scopeList(app.mine, fill(t.youGranted))}<form method="get" action="/manage">${fields}<input type="hidden" name="confirm" value="1"><button type="submit" class="primary">${fill(t.revoke)}</button></form>`
      : `<p>${fill(t.youGrantedNone)}</p>`;
    const admin = app.admin.length
      ? `<section aria-labelledby="admin"><h2 id="admin">${fill(t.adminGranted)}</h2><p>${fill(t.cantRevoke)}</p>${scopeList(app.admin, fill(t.adminGranted))}</section>`
      : '';
    const dialog = params.get('confirm') === '1' && app.mine.length
      ? confirmDialog({
        title: fill(t.confirmTitle, { app: app.app }), body: fill(t.confirmBody, { app: app.app }),
        confirm: fill(t.confirm), cancel: fill(t.cancel), confirmAction: '/manage/revoke', cancelAction: '/manage', fields,
      })
      : '';
    return render(`<div${dialog ? ' inert' : ''}><p><a href="${escapeHtml(link('/'))}">${fill(t.back)}</a></p>
<h1>${escapeHtml(app.app)}</h1>${header}${notice}
<section aria-labelledby="mine"><h2 id="mine">${fill(t.youGranted)}</h2>${mine}</section>${admin}</div>${dialog}`);
  }

  const tiles = apps.map((a) => `<li><h2>${escapeHtml(a.app)}</h2>
<details><summary aria-label="${fill(t.moreOptions, { app: a.app })}">…</summary>
<ul role="list"><li><a href="${escapeHtml(link(`/manage?app=${a.id}`))}">${fill(t.manage)}</a></li></ul></details></li>`).join('');
  return render(`<h1 id="title">${fill(t.title)}</h1>${header}${apps.length ? `<ul class="apps" aria-labelledby="title">${tiles}</ul>` : `<p>${fill(t.noApps)}</p>`}`);
}

export const myAppsHost: HostModule = {
  hosts: ['myapps.microsoft.com', 'myapplications.microsoft.com'],
  handle: route,
};
