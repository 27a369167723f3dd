import type { Evidence } from './mailbox';

export type GrantProvider = 'google' | 'microsoft365' | 'outlook';
export type GrantState = 'present' | 'absent' | 'unknown';

/** Access a mail provider grants HubSpot for an address, seen through an admin API or a page. */
export interface ProviderGrant {
  /** `${provider}:${address}:${clientId ?? app}`: one record per app and address. */
  key: string;
  address: string;
  provider: GrantProvider;
  state: GrantState;
  app: string;
  clientId?: string;
  scopes: string[];
  consentType?: 'Principal' | 'AllPrincipals';
  /** Graph permission grant id, needed to delete it. */
  grantId?: string;
  /**
   * How sure it is that the app is HubSpot's (lib/hubspot-apps/identity.ts): its id is a known
   * one, the directory's admin confirmed it, or it only looks like HubSpot's (a candidate, which
   * no plan deletes before the admin confirms it).
   */
  identity?: 'known' | 'confirmed' | 'candidate';
  evidence: Evidence;
}

export function grantKey(provider: GrantProvider, address: string, clientOrApp: string): string {
  return `${provider}:${address}:${clientOrApp}`;
}
