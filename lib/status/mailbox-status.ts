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
  /**
   * Disabled, removed or archived in HubSpot, or known to be absent. `neverListed`: absent from
   * its owner's page and never listed anywhere — nothing says HubSpot ever held a grant for it.
   */
  | { seen: true; connected: false; neverListed?: boolean };

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
  if (grantGone) return 'not-linked';
  // Never listed (perhaps never connected) and the grant unchecked: a leftover grant would be a
  // guess. Only a grant seen present makes it half-unlinked; the provider side says how to check.
  if (crm.neverListed && grant === 'unknown') return 'unknown';
  return 'half-unlinked';
}

/** Statuses that ask for someone's attention (counted on the toolbar badge). */
export function needsAttention(status: LinkStatus): boolean {
  return status === 'broken' || status === 'half-unlinked';
}
