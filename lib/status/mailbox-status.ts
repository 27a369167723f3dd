import type { GrantState, MailProvider } from '../model';

/**
 * The one place that decides a mailbox's link status. The chip, the popup, the side panel and
 * the toolbar badge all call this, so they can never disagree.
 */
export type LinkStatus = 'linked' | 'broken' | 'half-unlinked' | 'not-linked' | 'unknown';
export const LINK_STATUSES: readonly LinkStatus[] = ['linked', 'broken', 'half-unlinked', 'not-linked', 'unknown'];

/** HubSpot's side, reduced to what the rules need. */
export type CrmSideSummary =
  /** Never seen: personal inboxes have no API, so nothing is known until the settings page is visited. */
  | { seen: false }
  | { seen: true; connected: true; healthy: boolean }
  /** Disabled, removed or archived in HubSpot, or known to be absent. */
  | { seen: true; connected: false };

export interface StatusInput {
  provider: MailProvider;
  crm: CrmSideSummary;
  /** The provider's grant to HubSpot. IMAP has none: it is ignored there. */
  grant: GrantState;
}

export function linkStatus({ provider, crm, grant }: StatusInput): LinkStatus {
  if (!crm.seen) return 'unknown';
  const noGrantApplies = provider === 'imap';
  const grantGone = noGrantApplies || grant === 'absent';
  if (crm.connected) {
    // A connected inbox whose grant is known to be gone cannot work, whatever HubSpot shows.
    return crm.healthy && !(grant === 'absent' && !noGrantApplies) ? 'linked' : 'broken';
  }
  return grantGone ? 'not-linked' : 'half-unlinked';
}

/** Statuses that ask for someone's attention (counted on the toolbar badge). */
export function needsAttention(status: LinkStatus): boolean {
  return status === 'broken' || status === 'half-unlinked';
}
