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
  evidence: Evidence;
}

export function grantKey(provider: GrantProvider, address: string, clientOrApp: string): string {
  return `${provider}:${address}:${clientOrApp}`;
}
