/**
 * TypeScript view of sandbox/schema/scenario.schema.json (a copy of the shared scenario schema).
 * The schema is the authority; validation lives in ./validate-scenario.ts.
 */
export type Language = 'en' | 'de' | 'nl' | 'sv' | 'pl';
export type Provider = 'google' | 'microsoft365' | 'outlook' | 'imap';
export type UserStatus = 'active' | 'deactivated' | 'removed';

export interface Scenario {
  name?: string;
  now?: string;
  portal: {
    id: number;
    name: string;
    domain?: string;
    uiHost?: 'app.hubspot.com' | 'app-eu1.hubspot.com';
    language?: Language;
    tier?: 'free' | 'starter' | 'professional' | 'enterprise';
    partner?: { isPartner?: boolean; employeeEmailDomain?: string | null; clientAccessManager?: string[] };
    pointsOfContact?: { primary?: string; others?: string[] };
  };
  roles?: { id: string; name: string; requiresBillingWrite?: boolean }[];
  teams?: { id: string; name: string }[];
  users: ScenarioUser[];
  personalInboxes?: PersonalInbox[];
  inboxes?: { id: string; name: string; type?: 'INBOX' | 'HELP_DESK'; archived?: boolean }[];
  teamChannels?: TeamChannel[];
  providerGrants?: ProviderGrant[];
  directories?: {
    googleWorkspace?: { domain: string; admins?: string[] }[];
    entraTenants?: {
      tenantId: string;
      domains: string[];
      admins?: string[];
      servicePrincipals?: ScenarioServicePrincipal[];
    }[];
  };
  signedIn?: { gmail?: string; outlook?: string; hubspotUserId?: string; google?: string; microsoft?: string };
  tokens?: { hubspot?: { token: string; scopes: string[]; userId?: string; expiresAt?: string }[] };
  faults?: {
    rateLimitPer10s?: number;
    latencyMs?: number;
    errorRate?: number;
    failOn?: { host: string; method?: string; path?: string; status: number; times?: number }[];
  };
  x?: Record<string, unknown>;
}

export interface ScenarioUser {
  id: string;
  email: string;
  firstName?: string;
  lastName?: string;
  roleIds?: string[];
  primaryTeamId?: string;
  secondaryTeamIds?: string[];
  superAdmin?: boolean;
  status?: UserStatus;
  ownerId?: string;
  owns?: Partial<Record<'contacts' | 'companies' | 'deals' | 'tickets' | 'workflows' | 'schedulingPages', number>>;
}

export interface PersonalInbox {
  userId: string;
  address: string;
  provider: Provider;
  state: 'connected' | 'disabled' | 'removed';
  lastSyncAt?: string;
  error?: null | 'access-revoked' | 'password-changed' | 'sync-error';
}

export interface TeamChannel {
  id: string;
  inboxId: string;
  address: string;
  name?: string;
  provider: Provider;
  active?: boolean;
  authorized?: boolean;
  archived?: boolean;
  connectedByUserId?: string;
  createdAt?: string;
}

/**
 * A service principal the tenant holds besides those its grants imply: e.g. an app a user
 * registered in the tenant itself (its owner organisation is then the tenant's own id).
 */
export interface ScenarioServicePrincipal {
  id: string;
  appId: string;
  displayName: string;
  /** The tenant that registered the application; default: another organisation (a vendor's). */
  appOwnerOrganizationId?: string;
  verifiedPublisher?: { displayName: string; verifiedPublisherId: string };
}

export interface ProviderGrant {
  address: string;
  provider: Exclude<Provider, 'imap'>;
  app: string;
  clientId?: string;
  scopes?: string[];
  consentType?: 'Principal' | 'AllPrincipals';
  grantedAt?: string;
}
