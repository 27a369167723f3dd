import type { Repo } from '../store/repo';
// The hubspotPortal meta key is declared there.
import type {} from './hubspot-portal';

/** What the options page shows about each connection: never a token. */
export interface AuthStatus {
  hubspot: { portalId: number; uiDomain?: string; scopes: string[]; missingOptional: string[]; savedAt: string } | null;
  google: { account: string; expiresAt?: string }[];
  microsoft: { account: string; expiresAt?: string; renewable: boolean }[];
}

export async function readAuthStatus(repo: Repo): Promise<AuthStatus> {
  const credentials = await repo.getAll('credentials');
  const portal = await repo.getMeta('hubspotPortal');
  const hubspot = credentials.find((credential) => credential.provider === 'hubspot');
  const accounts = (provider: 'google' | 'microsoft') =>
    credentials.filter((credential) => credential.provider === provider && credential.account);
  return {
    hubspot:
      hubspot?.portalId === undefined
        ? null
        : {
            portalId: hubspot.portalId,
            ...(portal?.uiDomain ? { uiDomain: portal.uiDomain } : {}),
            scopes: hubspot.scopes,
            missingOptional: portal?.missingOptional ?? [],
            savedAt: hubspot.savedAt,
          },
    google: accounts('google').map((c) => ({ account: c.account ?? '', ...(c.expiresAt ? { expiresAt: c.expiresAt } : {}) })),
    microsoft: accounts('microsoft').map((c) => ({ account: c.account ?? '', ...(c.expiresAt ? { expiresAt: c.expiresAt } : {}), renewable: Boolean(c.refreshToken) })),
  };
}
