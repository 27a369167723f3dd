import type { HostModule } from '../../../sandbox/core/host';
import type { Scenario } from '../../../sandbox/core/scenario';
import { World } from '../../../sandbox/core/world';
import { googleHosts } from '../../../sandbox/hosts/google/index';

export const HUBSPOT_CLIENT = '123456789012-hubspot.apps.googleusercontent.com';
export const EXTENSION_CLIENT = '555-inboxlink.apps.googleusercontent.com';
export const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
export const ADMIN_SCOPE = 'https://www.googleapis.com/auth/admin.directory.user.security';

/** A Workspace (acme.example, admin anna) with two users' grants, and one consumer grant. */
export function googleScenario(): Scenario {
  return {
    portal: { id: 1, name: 'Acme', language: 'en' },
    users: [
      { id: '1', email: 'anna@acme.example', firstName: 'Anna', lastName: 'Admin' },
      { id: '2', email: 'bob@acme.example', firstName: 'Bob', lastName: '<b>Builder</b>' },
    ],
    providerGrants: [
      { address: 'bob@acme.example', provider: 'google', app: 'HubSpot', clientId: HUBSPOT_CLIENT, scopes: ['https://mail.google.com/', 'email'] },
      { address: 'bob@acme.example', provider: 'google', app: 'Zoom <Meetings>', scopes: ['email'] },
      { address: 'carol@gmail.com', provider: 'google', app: 'HubSpot', clientId: HUBSPOT_CLIENT, scopes: ['email'] },
      { address: 'bob@acme.example', provider: 'microsoft365', app: 'HubSpot Sales' },
    ],
    directories: { googleWorkspace: [{ domain: 'acme.example', admins: ['anna@acme.example'] }] },
    signedIn: { google: 'anna@acme.example' },
  };
}

export function newWorld(scenario: Scenario = googleScenario()): World {
  return new World(structuredClone(scenario));
}

export function moduleFor(host: string): HostModule {
  const found = googleHosts.find((m) => m.hosts.includes(host));
  if (!found) throw new Error(`no Google module serves ${host}`);
  return found;
}

/** Sends a request to whichever Google module serves the URL's host. */
export async function send(world: World, url: string, init: RequestInit = {}): Promise<Response> {
  const request = new Request(url, init);
  return moduleFor(new URL(url).hostname).handle(request, { world, url: new URL(url) });
}

export const bearer = (token: string): RequestInit => ({ headers: { authorization: `Bearer ${token}` } });

export function form(values: Record<string, string>): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(values).toString() };
}

export function authorizeUrl(params: Record<string, string>): string {
  const all = { client_id: EXTENSION_CLIENT, redirect_uri: REDIRECT, response_type: 'token', scope: ADMIN_SCOPE, ...params };
  return `https://accounts.google.com/o/oauth2/v2/auth?${new URLSearchParams(all)}`;
}

/** The request id hidden in a consent page's form. */
export function consentRequestId(html: string): string {
  const id = /name="request" value="([^"]+)"/.exec(html)?.[1];
  if (!id) throw new Error('no consent form in page');
  return id;
}

/**
 * An access token for `email` through the real implicit flow: straight through for the signed-in
 * account, through the consent screen (typing the address) for anyone else.
 */
export async function tokenFor(world: World, email: string, scopes: string[]): Promise<string> {
  const first = await send(world, authorizeUrl({ scope: scopes.join(' '), login_hint: email }));
  let location = first.headers.get('location');
  if (first.status === 200) {
    const decision = await send(world, 'https://accounts.google.com/signin/oauth/consent',
      form({ request: consentRequestId(await first.text()), decision: 'allow', email }));
    location = decision.headers.get('location');
  }
  const token = new URLSearchParams(new URL(location ?? 'https://x/').hash.slice(1)).get('access_token');
  if (!token) throw new Error(`no token in ${location}`);
  return token;
}
