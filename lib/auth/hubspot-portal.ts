// The sync's meta keys (syncStatus, syncProgress, syncLease) are declared there.
import type {} from '../sync/status';
import type {} from '../people/first-screen';
import type { Repo } from '../store/repo';

/** What the options page shows about the connected portal; the credential itself stays in the background. */
export interface HubSpotPortal {
  portalId: number;
  uiDomain?: string;
  missingOptional: string[];
  scopeSource: 'introspection' | 'probe';
  /**
   * The token's HubSpot user, kept from a connection made before introspection was dropped
   * (issue 18). New connections do not know it: who is signed in comes from HubSpot's pages
   * (lib/partner/facts.ts signedInHubSpotUser).
   */
  user?: string;
  /** The token's scopes (names only): pages say which scope a feature lacks (login history). */
  scopes?: string[];
}

declare module '../store/records' {
  interface MetaMap {
    hubspotPortal: HubSpotPortal;
  }
}

export async function rememberHubSpotPortal(repo: Repo, portal: HubSpotPortal): Promise<void> {
  const { portalId, uiDomain, missingOptional, scopeSource, user, scopes } = portal;
  await repo.setMeta('hubspotPortal', { portalId, ...(uiDomain ? { uiDomain } : {}), ...(user ? { user } : {}), missingOptional, scopeSource, ...(scopes ? { scopes } : {}) });
}

/**
 * Forgets the portal and the sync's state of it: a pass status of "reconnect HubSpot" or a lease
 * held for the old token must not outlive the token.
 */
export async function forgetHubSpotPortal(repo: Repo): Promise<void> {
  for (const key of ['hubspotPortal', 'syncStatus', 'syncProgress', 'syncLease', 'peopleFirstScreen'] as const) await repo.remove('meta', key);
}
