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
  providerEvents?: ProviderEvent[];
  hubspotActivity?: HubSpotActivity[];
  directories?: {
    googleWorkspace?: { domain: string; admins?: string[]; auditReaders?: string[] }[];
    entraTenants?: {
      tenantId: string;
      domains: string[];
      admins?: string[];
      licence?: 'free' | 'P1' | 'P2';
      auditReaders?: string[];
      servicePrincipals?: ScenarioServicePrincipal[];
    }[];
  };
  signedIn?: { gmail?: string; outlook?: string; hubspotUserId?: string; google?: string; microsoft?: string };
  mailPages?: { gmail?: GmailPageOptions; outlook?: OutlookPageOptions };
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
  seatNames?: string[];
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

/** What Google's token audit log or Microsoft's sign-in log recorded (providers.md §11, §12). */
export interface ProviderEvent {
  provider: 'google' | 'microsoft365';
  kind: 'authorize' | 'revoke' | 'activity' | 'sign-in';
  address: string;
  at: string;
  app?: string;
  client?: string;
  errorCode?: number;
  failureReason?: string;
  interactive?: boolean;
  product?: string;
  api?: string;
  method?: string;
  scopes?: string[];
}

/** HubSpot's account activity (hubspot.md §10). */
export interface HubSpotActivity {
  kind: 'login' | 'audit' | 'security';
  at: string;
  userId: string;
  actorUserId?: string;
  succeeded?: boolean;
  type?: string;
  category?: string;
  subCategory?: string;
  action?: string;
}

/** The real variants of Gmail's page the sandbox draws (scenario.schema.json, mailPages.gmail). */
export interface GmailPageOptions {
  header?: 'bar-2019' | 'title-2016';
  accountPrefix?: string;
  titleSeparator?: '-' | '–';
  brand?: string;
  otherAccounts?: string[];
  delegated?: { id: string; address: string }[];
  messages?: { subject: string; from: { name: string; address: string }; body?: string }[];
  compose?: 'none' | 'window' | 'minimized';
  theme?: 'light' | 'dark';
  /** The bar is rendered again as `header` afterMs after load (a staged rollout reaching the page). */
  rollout?: { header: 'bar-2019' | 'title-2016'; afterMs?: number };
}

/** The real variants of Outlook on the web the sandbox draws (mailPages.outlook). */
export interface OutlookPageOptions {
  header?: 'new-2024' | 'classic-m365' | 'older-o365';
  shared?: string[];
  compose?: boolean;
  toast?: boolean;
  theme?: 'light' | 'dark';
  /** The suite header is rendered again as `header` afterMs after load (Outlook's new header arriving). */
  rollout?: { header: 'new-2024' | 'classic-m365' | 'older-o365'; afterMs?: number };
}
