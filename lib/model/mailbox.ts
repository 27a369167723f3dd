/** Types only: no browser APIs here, so every layer (and the tests) can share them. */

export type MailProvider = 'google' | 'microsoft365' | 'outlook' | 'imap' | 'unknown';
export type MailboxKind = 'personal' | 'team';

/** Where a fact came from: an API answer, a page the extension observed, or the user's word. */
export type EvidenceSource = 'api' | 'admin-api' | 'observed' | 'confirmed';

export interface Evidence {
  source: EvidenceSource;
  /** ISO time the fact was seen. */
  at: string;
  /** The page or endpoint, e.g. "app.hubspot.com/settings/…/user-preferences/email". */
  where?: string;
}

/** A mailbox as Inboxlink knows it; its address (lower case) is the key everywhere. */
export interface Mailbox {
  address: string;
  provider: MailProvider;
  kind: MailboxKind;
  portalId?: number;
  /** HubSpot user the personal inbox belongs to, when known. */
  userId?: string;
  displayName?: string;
  firstSeenAt: string;
  updatedAt: string;
}

export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}
