import type { HostModule, SandboxContext } from '../../core/host';
import type { ProviderGrant } from '../../core/scenario';
import { escapeHtml, htmlResponse, page } from '../../html';
import { CONNECTIONS_LABELS } from './connections-labels';
import { googleGrantsOf, removeGrants } from './directory';
import { readParams, redirect } from './http';
import { DIALOG_SCRIPT, PAGE_STYLE, confirmDialog, fill, langField, langLink, pageLanguage } from './page-kit';
import { sameAddress, stableHex } from './people';

/**
 * myaccount.google.com/connections (providers.md §3): the third-party connections of
 * scenario.signedIn.google, grouped by app → details → "Remove access" → confirm → the app's
 * Google grants for that account leave scenario.providerGrants. /permissions redirects here.
 */

const appId = (app: string): string => stableHex(`google-app:${app}`).slice(0, 16);

interface Connection { id: string; app: string; grants: ProviderGrant[] }

function connectionsOf(grants: ProviderGrant[]): Connection[] {
  const byApp = new Map<string, ProviderGrant[]>();
  for (const grant of grants) byApp.set(grant.app, [...(byApp.get(grant.app) ?? []), grant]);
  return [...byApp].map(([app, list]) => ({ id: appId(app), app, grants: list }));
}

async function route(request: Request, { world, url }: SandboxContext): Promise<Response> {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (path === '/permissions') return redirect(`/connections${url.search}`);
  const params = await readParams(request, url);
  const { lang, explicit } = pageLanguage(new URL(`https://x/?${params}`), world.scenario, 'hl');
  const t = CONNECTIONS_LABELS[lang];
  const link = (p: string) => langLink(p, 'hl', lang, explicit);
  const account = world.scenario.signedIn?.google;
  const render = (body: string, status = 200) =>
    htmlResponse(page({ title: t.title, lang, style: PAGE_STYLE, script: DIALOG_SCRIPT, body: `<main>${body}</main>` }), status);
  if (!account) return render(`<h1>${fill(t.title)}</h1><p>${fill(t.signInNeeded)}</p>`);
  const header = `<p>${fill(t.signedInAs, { email: account })}</p>`;
  const connections = connectionsOf(googleGrantsOf(world.scenario, account));

  if (path === '/connections/remove' && request.method === 'POST') {
    const target = connections.find((c) => c.id === params.get('id'));
    if (target) removeGrants(world.scenario, (g) => g.provider === 'google' && sameAddress(g.address, account) && g.app === target.app);
    const removed = target ? `removed=${encodeURIComponent(target.app)}` : '';
    return new Response(null, { status: 303, headers: { location: link(`/connections${removed ? `?${removed}` : ''}`) } });
  }

  if (path === '/connections') {
    const removed = params.get('removed');
    const notice = removed ? `<p class="notice" role="status">${fill(t.removed, { app: removed })}</p>` : '';
    const items = connections.map((c) => `<li><a href="${escapeHtml(link(`/connections/link?id=${c.id}`))}">${escapeHtml(c.app)}</a></li>`).join('');
    const list = connections.length ? `<ul class="apps" aria-labelledby="title">${items}</ul>` : `<p>${fill(t.empty)}</p>`;
    return render(`<h1 id="title">${fill(t.title)}</h1>${header}${notice}<p>${fill(t.intro)}</p>${list}`);
  }

  if (path === '/connections/link') {
    const connection = connections.find((c) => c.id === params.get('id'));
    if (!connection) return redirect(link('/connections'));
    const scopes = [...new Set(connection.grants.flatMap((g) => g.scopes ?? []))].map((s) => `<li>${escapeHtml(s)}</li>`).join('');
    const dates = connection.grants.map((g) => g.grantedAt).filter((d): d is string => Boolean(d)).sort();
    const granted = dates[0] ? `<p>${fill(t.grantedOn, { date: new Date(dates[0]).toLocaleDateString(lang, { dateStyle: 'long', timeZone: 'UTC' }) })}</p>` : '';
    const fields = `<input type="hidden" name="id" value="${connection.id}">${langField('hl', lang, explicit)}`;
    const dialog = params.get('confirm') === '1'
      ? confirmDialog({
        title: fill(t.confirmTitle, { app: connection.app }), body: fill(t.confirmBody, { app: connection.app }),
        confirm: fill(t.confirm), cancel: fill(t.cancel), confirmAction: '/connections/remove', cancelAction: '/connections/link', fields,
      })
      : '';
    // While the dialog is open the page behind it is inert: no focus, no clicks (aria-modal).
    return render(`<div${dialog ? ' inert' : ''}><p><a href="${escapeHtml(link('/connections'))}">${fill(t.back)}</a></p>
<h1>${fill(t.detailsHeading, { app: connection.app })}</h1>${header}${granted}
<h2 id="access">${fill(t.accessHeading)}</h2><ul aria-labelledby="access">${scopes}</ul>
<form method="get" action="/connections/link">${fields}<input type="hidden" name="confirm" value="1"><button type="submit" class="primary">${fill(t.removeAccess)}</button></form></div>
${dialog}`);
  }
  return redirect(link('/connections'));
}

export const myAccountHost: HostModule = {
  hosts: ['myaccount.google.com'],
  handle: route,
};
