import type { HostModule, SandboxContext } from '../../core/host';
import { appContext, type AppContext } from './context';
import { html } from './html';
import { layout } from './layout';
import { actionRoutes, pageRoutes } from './routes';

const HOSTS = ['app.hubspot.com', 'app-eu1.hubspot.com'] as const;
const ACTION_PATH = /^\/_sandbox\/hubspot-app\/(\d+)\/([a-z-]+\/[a-z-]+)$/;
const PAGE_PATH = /^\/([a-z-]+)\/(\d+)(\/.*)?$/;

function htmlResponse(body: string, status = 200): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}

function jsonResponse(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
}

function messagePage(ctx: AppContext, title: string, body: string, status: number): Response {
  return htmlResponse(layout(ctx, title, '', html`<h1>${title}</h1><p>${body}</p>`).value, status);
}

function isSignedInActive(ctx: AppContext): boolean {
  return ctx.me !== undefined && (ctx.me.status ?? 'active') === 'active';
}

async function handleAction(request: Request, ctx: AppContext, name: string): Promise<Response> {
  const action = actionRoutes[name];
  if (!action) return jsonResponse({ ok: false, message: ctx.t('notFoundTitle') }, 404);
  if (!isSignedInActive(ctx)) return jsonResponse({ ok: false, code: 'noAccessTitle', message: ctx.t('noAccessTitle') }, 403);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonResponse({ ok: false, code: 'errorGeneric', message: ctx.t('errorGeneric') }, 400);
  }
  const result = action(ctx, body);
  if (result.ok) return jsonResponse(result, 200);
  return jsonResponse({ ok: false, code: result.code, message: ctx.t(result.code, result.vars) }, result.status);
}

function handlePage(ctx: AppContext, path: string): Response {
  const match = PAGE_PATH.exec(path);
  const notFound = (): Response => messagePage(ctx, ctx.t('notFoundTitle'), path, 404);
  if (!match || Number(match[2]) !== ctx.portalId) return notFound();
  const rest = match[3] ?? '';
  for (const route of pageRoutes) {
    if (route.prefix !== match[1]) continue;
    const params = route.rest.exec(rest);
    if (!params) continue;
    if (!isSignedInActive(ctx)) {
      return messagePage(ctx, ctx.t('noAccessTitle'), ctx.t('noAccessBody', { account: ctx.scenario.portal.name }), 403);
    }
    const page = route.render(ctx, path, params.slice(1).map((p) => decodeURIComponent(p ?? '')));
    return page ? htmlResponse(page.value) : notFound();
  }
  return notFound();
}

/**
 * HubSpot's web app as the sandbox serves it. Pages live on the portal's uiHost
 * (app.hubspot.com unless the scenario says app-eu1.hubspot.com); the other host redirects there,
 * as HubSpot sends a user to their account's data-centre host.
 */
export const hubspotAppHost: HostModule = {
  hosts: HOSTS,
  async handle(request: Request, { world, url }: SandboxContext): Promise<Response> {
    const uiHost = world.scenario.portal.uiHost ?? 'app.hubspot.com';
    if (url.hostname !== uiHost) {
      if (request.method !== 'GET') return new Response('Misdirected request', { status: 421 });
      return Response.redirect(`https://${uiHost}${url.pathname}${url.search}`, 302);
    }
    const ctx = appContext(world.scenario, world);
    const action = ACTION_PATH.exec(url.pathname);
    if (action) {
      if (request.method !== 'POST') return new Response('Method not allowed', { status: 405, headers: { allow: 'POST' } });
      if (Number(action[1]) !== ctx.portalId) return jsonResponse({ ok: false, message: ctx.t('notFoundTitle') }, 404);
      return handleAction(request, ctx, action[2] ?? '');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
    return handlePage(ctx, url.pathname.replace(/\/+$/, '') || '/');
  },
};
