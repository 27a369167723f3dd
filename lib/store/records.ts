/**
 * Small record types that exist only because the store persists them (the domain types live in
 * lib/model). Types only: no browser APIs.
 */

/** Checkpoint of one sync job, saved after each page so a killed service worker resumes. */
export interface SyncCheckpoint {
  /** Job name, e.g. "hubspot:users" or "google:tokens:ada@example.com". The key. */
  job: string;
  /** Paging cursor of the pass in progress; absent when no pass is running. */
  cursor?: string;
  /** Start of the pass in progress: records not seen since then are marked gone at its end. */
  passStartedAt?: string;
  /** End of the last complete pass (drives the "data is N minutes old" line). */
  lastCompletedAt?: string;
  lastError?: string;
  updatedAt: string;
}

export type CredentialProvider = 'hubspot' | 'google' | 'microsoft';

/**
 * A token. Kept in extension IndexedDB because content scripts and web pages cannot read it
 * (unlike storage.local). Never sent in a change event, a message to a content script or a log.
 */
export interface Credential {
  /** See credentialId(): "hubspot", "google:<address>", "microsoft:<address>". The key. */
  id: string;
  provider: CredentialProvider;
  /** HubSpot private-app / service key, or an OAuth access token. */
  kind: 'static-token' | 'oauth';
  accessToken: string;
  refreshToken?: string;
  expiresAt?: string;
  scopes: string[];
  /** The address (Google, Microsoft) the token acts for. */
  account?: string;
  /** The HubSpot portal (hub id) the token belongs to. */
  portalId?: number;
  savedAt: string;
}

/** One HubSpot token per extension; one provider token per signed-in address. */
export function credentialId(provider: CredentialProvider, account?: string): string {
  return provider === 'hubspot' || account === undefined ? provider : `${provider}:${account}`;
}

export interface UserSettings {
  /** UI language override; absent means the browser's language. */
  locale?: 'en' | 'de' | 'nl' | 'sv' | 'pl';
  syncIntervalMinutes?: number;
}

/**
 * Keys of the `meta` store and the type of each value. Another module that needs a key adds it
 * here (or augments this interface with `declare module`), so getMeta/setMeta stay typed.
 */
export interface MetaMap {
  settings: UserSettings;
  /** Sync job name → ISO time of its last complete pass. */
  lastSyncAt: Record<string, string>;
}

export type MetaKey = keyof MetaMap;
export type MetaValue = MetaMap[MetaKey];
