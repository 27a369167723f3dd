import type { HostModule, SandboxContext } from '../../core/host';
import type { World } from '../../core/world';
import { htmlResponse } from '../../html';
import { holdForConsent, parseAuthorizeRequest, pendingConsents, redirectWith, type AuthorizeRequest } from './authorize-request';
import { authorizeErrorPage, consentPage } from './consent-page';
import { googleFault } from './errors';
import { json, readParams, redirect } from './http';
import { normalizeAddress, sameAddress } from './people';
import { ACCESS_TOKEN_SECONDS, issueGoogleAccessToken, issueGoogleCode } from './token-store';
import { revoke } from './oauth-endpoints';

/**
 * accounts.google.com: the authorization endpoint that chrome.identity.launchWebAuthFlow opens
 * (implicit `response_type=token` and `code` with optional PKCE), its consent screen, and the
 * legacy /o/oauth2/revoke alias (§1).
 *
 * When the screen shows: `prompt=consent` or `prompt=select_account`, nobody signed in
 * (scenario.signedIn.google unset), or a login_hint naming another account. Otherwise the
 * browser goes straight back to redirect_uri for scenario.signedIn.google, as Google does for a
 * returning user who already consented. The sandbox keeps no record of earlier consents: the
 * scenario has no place for the extension's own grant, and tests choose with `prompt`.
 */

const AUTHORIZE_PATHS = new Set(['/o/oauth2/v2/auth', '/o/oauth2/auth']);

/** Issues what the response type asks for and sends the browser back to the client. */
function complete(world: World, request: AuthorizeRequest, email: string): Response {
  const grant = { email: normalizeAddress(email), clientId: request.clientId, scopes: request.scopes, accessType: request.accessType };
  if (request.responseType === 'token') {
    const token = issueGoogleAccessToken(world, { ...grant, accessType: 'online' });
    return redirect(redirectWith(request, {
      access_token: token.value, token_type: 'Bearer', expires_in: String(ACCESS_TOKEN_SECONDS), scope: request.scopes.join(' '),
    }));
  }
  const code = issueGoogleCode(world, {
    ...grant, redirectUri: request.redirectUri,
    ...(request.codeChallenge ? { codeChallenge: request.codeChallenge, codeChallengeMethod: request.codeChallengeMethod ?? 'plain' } : {}),
  });
  return redirect(redirectWith(request, { code: code.code, scope: request.scopes.join(' ') }));
}

async function authorize(request: Request, world: World, url: URL): Promise<Response> {
  const parsed = parseAuthorizeRequest(await readParams(request, url));
  if (!parsed.ok) return htmlResponse(authorizeErrorPage(parsed.error, parsed.description), 400);
  const auth = parsed.request;
  const signedIn = world.scenario.signedIn?.google;
  const hintElsewhere = auth.loginHint !== null && !sameAddress(auth.loginHint, signedIn);
  const mustAsk = auth.prompts.includes('consent') || auth.prompts.includes('select_account') || !signedIn || hintElsewhere;
  if (!mustAsk && signedIn) return complete(world, auth, signedIn);
  if (auth.prompts.includes('none')) {
    return redirect(redirectWith(auth, { error: signedIn ? 'interaction_required' : 'login_required' }));
  }
  const account = signedIn && !hintElsewhere ? signedIn : null;
  return htmlResponse(consentPage(holdForConsent(world, auth), auth, account));
}

async function decide(request: Request, world: World, url: URL): Promise<Response> {
  const form = await readParams(request, url);
  const id = form.get('request') ?? '';
  const auth = pendingConsents(world).get(id);
  if (!auth) return htmlResponse(authorizeErrorPage('invalid_request', 'This sign-in request has expired. Start again.'), 400);
  pendingConsents(world).delete(id);
  if (form.get('decision') !== 'allow') return redirect(redirectWith(auth, { error: 'access_denied' }));
  const signedIn = world.scenario.signedIn?.google;
  const email = form.get('email') || (auth.loginHint && !sameAddress(auth.loginHint, signedIn) ? auth.loginHint : signedIn);
  if (!email || !email.includes('@')) return htmlResponse(consentPage(holdForConsent(world, auth), auth, null), 400);
  return complete(world, auth, email);
}

async function route(request: Request, { world, url }: SandboxContext): Promise<Response> {
  const path = url.pathname.replace(/\/+$/, '');
  if (AUTHORIZE_PATHS.has(path) && (request.method === 'GET' || request.method === 'POST')) return authorize(request, world, url);
  if (path === '/signin/oauth/consent' && request.method === 'POST') return decide(request, world, url);
  if (path === '/o/oauth2/revoke') return revoke(request, world, url);
  // Chromium asks which Google accounts the browser is signed in to; answer "none".
  if (path === '/ListAccounts') return json(200, ['gaia.l.a.r', []]);
  return htmlResponse(authorizeErrorPage('not_found', `The requested URL ${path} was not found on this server.`), 404);
}

export const googleAccountsHost: HostModule = {
  hosts: ['accounts.google.com'],
  handle: route,
  faultResponse: (status) => googleFault(status, true),
};
