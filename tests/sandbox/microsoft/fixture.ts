import { createHash, randomBytes } from 'node:crypto';
import type { HostModule } from '../../../sandbox/core/host';
import type { Scenario } from '../../../sandbox/core/scenario';
import { World } from '../../../sandbox/core/world';
import { microsoftHosts } from '../../../sandbox/hosts/microsoft/index';

export const TENANT = '7b0c2d6e-1f3a-4c5b-9d8e-0a1b2c3d4e5f';
export const HUBSPOT_SP = { id: '11111111-2222-4333-8444-555555555555', appId: '66666666-7777-4888-9999-000000000000', displayName: 'HubSpot Sales' };
export const CLIENT_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
export const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
export const ADMIN_SCOPES = 'openid profile offline_access https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All';

/** Tenant contoso.example (admin ada), users ann and bob, HubSpot Sales grants of both kinds. */
export function microsoftScenario(): Scenario {
  return {
    portal: { id: 1, name: 'Contoso', language: 'en' },
    users: [
      { id: '1', email: 'ada@contoso.example', firstName: 'Ada', lastName: 'Admin' },
      { id: '2', email: 'ann@contoso.example', firstName: 'Ann', lastName: '<i>Lee</i>' },
    ],
    personalInboxes: [{ userId: '2', address: 'bob@contoso.example', provider: 'microsoft365', state: 'connected' }],
    providerGrants: [
      { address: 'ann@contoso.example', provider: 'microsoft365', app: 'HubSpot Sales', clientId: HUBSPOT_SP.id, scopes: ['Mail.ReadWrite', 'offline_access'], consentType: 'Principal' },
      { address: 'ada@contoso.example', provider: 'microsoft365', app: 'HubSpot Sales', clientId: HUBSPOT_SP.appId, scopes: ['User.Read'], consentType: 'AllPrincipals' },
      { address: 'bob@contoso.example', provider: 'microsoft365', app: 'Zoom', scopes: ['Calendars.Read'] },
      { address: 'pat@outlook.example', provider: 'outlook', app: 'HubSpot', scopes: ['Mail.Read'] },
    ],
    directories: { entraTenants: [{ tenantId: TENANT, domains: ['contoso.example'], admins: ['ada@contoso.example'], servicePrincipals: [HUBSPOT_SP] }] },
    signedIn: { microsoft: 'ada@contoso.example' },
  };
}

export function newWorld(scenario: Scenario = microsoftScenario()): World {
  return new World(structuredClone(scenario));
}

export function moduleFor(host: string): HostModule {
  const found = microsoftHosts.find((m) => m.hosts.includes(host));
  if (!found) throw new Error(`no Microsoft module serves ${host}`);
  return found;
}

export async function send(world: World, url: string, init: RequestInit = {}): Promise<Response> {
  return moduleFor(new URL(url).hostname).handle(new Request(url, init), { world, url: new URL(url) });
}

export const bearer = (token: string, init: RequestInit = {}): RequestInit => ({ ...init, headers: { authorization: `Bearer ${token}` } });

export function form(values: Record<string, string>): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(values).toString() };
}

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorizeUrl(authority: string, params: Record<string, string>): string {
  const all = { client_id: CLIENT_ID, redirect_uri: REDIRECT, response_type: 'code', response_mode: 'fragment', code_challenge_method: 'S256', ...params };
  return `https://login.microsoftonline.com/${authority}/oauth2/v2.0/authorize?${new URLSearchParams(all)}`;
}

export function signInRequestId(html: string): string {
  const id = /name="request" value="([^"]+)"/.exec(html)?.[1];
  if (!id) throw new Error('no sign-in form in page');
  return id;
}

/**
 * Signs `address` in through authorize (+ the screen when it is not the signed-in account) and
 * the token endpoint; returns the token response.
 */
export async function signIn(world: World, address: string, scope = ADMIN_SCOPES, authority = 'organizations'): Promise<Record<string, string>> {
  const { verifier, challenge } = pkce();
  const start = await send(world, authorizeUrl(authority, { scope, code_challenge: challenge, login_hint: address, state: 'st' }));
  let location = start.headers.get('location');
  if (start.status === 200) {
    const decided = await send(world, `https://login.microsoftonline.com/${authority}/login`,
      form({ request: signInRequestId(await start.text()), decision: 'accept', loginfmt: address }));
    location = decided.headers.get('location');
  }
  const code = new URLSearchParams(new URL(location ?? 'https://x/').hash.slice(1)).get('code');
  if (!code) throw new Error(`no code in ${location}`);
  const tokens = await send(world, `https://login.microsoftonline.com/${authority}/oauth2/v2.0/token`,
    form({ client_id: CLIENT_ID, grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier, scope }));
  return tokens.json();
}
