import { randomUUID } from 'node:crypto';
import type { World } from '../../core/world';
import { htmlResponse } from '../../html';
import { readParams, redirect } from '../google/http';
import { normalizeAddress, sameAddress } from '../google/people';
import { authorityAccepts, homeTenantId, type Authority } from './authority';
import { holdSignIn, msRedirect, parseMsAuthorize, pendingSignIns, type MsAuthorizeRequest } from './authorize-request';
import { userObjectId } from './ids';
import { clientInfo } from './oidc-tokens';
import { loginErrorPage, signInPage } from './sign-in-page';
import { issueCode } from './token-store';

/**
 * /{tenant}/oauth2/v2.0/authorize. The screen shows for prompt=login|consent|select_account,
 * with nobody signed in (scenario.signedIn.microsoft), or for a login_hint naming someone else;
 * otherwise the browser returns at once with a code for scenario.signedIn.microsoft.
 */

function complete(world: World, request: MsAuthorizeRequest, address: string): Response {
  const email = normalizeAddress(address);
  const grant = { address: email, tenantId: homeTenantId(world.scenario, email), objectId: userObjectId(email), clientId: request.clientId, scopes: request.scopes };
  const code = issueCode(world, grant, { redirectUri: request.redirectUri, codeChallenge: request.codeChallenge, nonce: request.nonce });
  return redirect(msRedirect(request, { code: code.code, client_info: clientInfo(grant), session_state: randomUUID() }));
}

function wrongAccount(request: MsAuthorizeRequest, address: string): Response {
  return redirect(msRedirect(request, {
    error: 'access_denied',
    error_description: `AADSTS50020: User account '${address}' from identity provider does not exist in tenant and cannot access the application '${request.clientId}' in that tenant.`,
  }));
}

export async function authorize(request: Request, world: World, url: URL, authority: Authority): Promise<Response> {
  const parsed = parseMsAuthorize(await readParams(request, url), authority.segment);
  if (!parsed.ok && parsed.page) return htmlResponse(loginErrorPage(parsed.code, parsed.message), 400);
  if (!parsed.ok) return redirect(msRedirect(parsed, { error: parsed.error, error_description: parsed.description }));
  const auth = parsed.request;
  const signedIn = world.scenario.signedIn?.microsoft;
  const hintElsewhere = auth.loginHint !== null && !sameAddress(auth.loginHint, signedIn);
  const interactive = ['login', 'consent', 'select_account'].includes(auth.prompt ?? '');
  if (signedIn && !hintElsewhere && !interactive) {
    if (!authorityAccepts(world.scenario, authority, signedIn)) return wrongAccount(auth, signedIn);
    return complete(world, auth, signedIn);
  }
  if (auth.prompt === 'none') {
    return redirect(msRedirect(auth, {
      error: signedIn ? 'interaction_required' : 'login_required',
      error_description: signedIn ? 'AADSTS65001: The user or administrator has not consented to use the application.' : 'AADSTS50058: A silent sign-in request was sent but no user is signed in.',
    }));
  }
  const account = signedIn && !hintElsewhere ? signedIn : null;
  return htmlResponse(signInPage(holdSignIn(world, auth), auth, account));
}

/** POST /{tenant}/login: the screen's Accept or Cancel. */
export async function decide(request: Request, world: World, url: URL, authority: Authority): Promise<Response> {
  const form = await readParams(request, url);
  const id = form.get('request') ?? '';
  const auth = pendingSignIns(world).get(id);
  if (!auth) return htmlResponse(loginErrorPage('AADSTS90014', 'This sign-in request has expired. Start again.'), 400);
  pendingSignIns(world).delete(id);
  if (form.get('decision') !== 'accept') {
    return redirect(msRedirect(auth, { error: 'access_denied', error_description: 'AADSTS65004: User declined to consent to access the app.' }));
  }
  const signedIn = world.scenario.signedIn?.microsoft;
  const address = form.get('loginfmt') || (auth.loginHint && !sameAddress(auth.loginHint, signedIn) ? auth.loginHint : signedIn);
  if (!address || !address.includes('@')) return htmlResponse(signInPage(holdSignIn(world, auth), auth, null, 'Enter a valid email address.'), 400);
  if (!authorityAccepts(world.scenario, authority, address)) return wrongAccount(auth, address);
  return complete(world, auth, address);
}
