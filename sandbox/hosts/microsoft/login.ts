import type { HostModule, SandboxContext } from '../../core/host';
import type { World } from '../../core/world';
import { htmlResponse } from '../../html';
import { json, preflight, readParams, redirect, withCors } from '../google/http';
import { sameAddress } from '../google/people';
import { LOGIN_ORIGIN, instanceDiscovery, issuerFor, openIdConfiguration, resolveAuthority } from './authority';
import { authorize, decide } from './authorize';
import { loginErrorPage, signedOutPage } from './sign-in-page';
import { jwks } from './signing-key';
import { aadError, token } from './token-endpoint';

/**
 * login.microsoftonline.com: the Microsoft identity platform v2.0 endpoints MSAL uses (§9) —
 * discovery, authorize (code + PKCE), token, JWKS and logout — for tenants, `common`,
 * `organizations` and `consumers`.
 */

async function logout(request: Request, world: World, url: URL): Promise<Response> {
  const params = await readParams(request, url);
  // Signing out ends the browser session: My Apps and the authorize screen see nobody after it.
  const hint = params.get('logout_hint');
  const signedIn = world.scenario.signedIn;
  if (signedIn?.microsoft && (!hint || sameAddress(hint, signedIn.microsoft))) delete signedIn.microsoft;
  const back = params.get('post_logout_redirect_uri');
  if (!back) return htmlResponse(signedOutPage());
  const target = new URL(back);
  const state = params.get('state');
  if (state !== null) target.searchParams.set('state', state);
  return redirect(target.toString());
}

async function route(request: Request, { world, url }: SandboxContext): Promise<Response> {
  const [, segment = '', ...parts] = url.pathname.split('/');
  const rest = `/${parts.join('/')}`.replace(/\/+$/, '');
  if (segment === 'common' && rest === '/discovery/instance') return json(200, instanceDiscovery());
  const authority = resolveAuthority(world.scenario, segment);
  if (!authority) {
    const description = `Tenant '${segment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`;
    if (rest.includes('authorize')) return htmlResponse(loginErrorPage('AADSTS90002', description), 400);
    return aadError(world, 400, 'invalid_tenant', 90002, description);
  }
  switch (rest) {
    // The non-v2 path answers with the same v2.0 metadata: the sandbox implements only v2.0.
    case '/v2.0/.well-known/openid-configuration':
    case '/.well-known/openid-configuration':
      return json(200, openIdConfiguration(authority));
    case '/discovery/v2.0/keys':
    case '/discovery/keys':
      return json(200, jwks(authority.kind === 'tenant' ? issuerFor(authority) : `${LOGIN_ORIGIN}/{tenantid}/v2.0`));
    case '/oauth2/v2.0/authorize':
      return authorize(request, world, url, authority);
    case '/login':
      if (request.method === 'POST') return decide(request, world, url, authority);
      break;
    case '/oauth2/v2.0/token':
      if (request.method === 'POST') return token(request, world, url);
      break;
    case '/oauth2/v2.0/logout':
      return logout(request, world, url);
  }
  return aadError(world, 404, 'invalid_request', 900561, `The endpoint ${request.method} ${url.pathname} is not served.`);
}

export const microsoftLoginHost: HostModule = {
  hosts: ['login.microsoftonline.com'],
  async handle(request, ctx) {
    if (request.method === 'OPTIONS') return preflight(request);
    return withCors(request, await route(request, ctx));
  },
  faultResponse: (status, ctx) =>
    aadError(ctx.world, status, status >= 500 ? 'temporarily_unavailable' : 'invalid_request', status >= 500 ? 90033 : 90000, `Injected fault: HTTP ${status} from the sandbox scenario`),
};
