import type { World } from '../../sandbox/core/world';
import { issueGoogleAccessToken } from '../../sandbox/hosts/google/token-store';
import { tenantOfAddress } from '../../sandbox/hosts/microsoft/directory';
import { CONSUMER_TENANT_ID, userObjectId } from '../../sandbox/hosts/microsoft/ids';
import { rememberToken } from '../../sandbox/hosts/microsoft/token-store';

/**
 * Access tokens minted in the sandbox's own token stores, as its OAuth servers would after a
 * sign-in (the sign-in flows themselves are the auth layer's business and tested by the sandbox).
 */
export const EXTENSION_GOOGLE_CLIENT = '555-inboxlink.apps.googleusercontent.com';
export const ADMIN_SCOPE = 'https://www.googleapis.com/auth/admin.directory.user.security';

export function googleToken(world: World, email: string, scopes: string[]): string {
  return issueGoogleAccessToken(world, { email, clientId: EXTENSION_GOOGLE_CLIENT, scopes }).value;
}

export const GRAPH_ADMIN_SCOPES = ['https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All', 'https://graph.microsoft.com/Application.Read.All'];

export function graphToken(world: World, address: string, scopes: string[] = GRAPH_ADMIN_SCOPES, options: { expired?: boolean } = {}): string {
  const value = `graph-${Math.random().toString(36).slice(2)}-${address}`;
  const tenantId = tenantOfAddress(world.scenario, address)?.tenantId ?? CONSUMER_TENANT_ID;
  const expiresAt = world.now().getTime() + (options.expired ? -60_000 : 3_600_000);
  rememberToken(world, {
    address, tenantId, objectId: userObjectId(address), clientId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', scopes,
    value, kind: 'access', expiresAt, revoked: false,
  });
  return value;
}
