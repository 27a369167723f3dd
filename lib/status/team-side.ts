import { HUBSPOT_UI_HOSTS, observedContext, type ChannelAccount, type Evidence, type Observation } from '../model';
import { teamCrmSide } from './crm-side';
import type { CrmSideSummary } from './mailbox-status';
import { newest } from './newest';

/**
 * HubSpot's side of a team inbox, from the newest of two kinds of evidence: the channel account
 * as the channel-accounts API last listed it (a sync, or a plan's check), and the address as the
 * guide last saw it on the inbox's Conversations > Channels page. Without a HubSpot token the page
 * is the only evidence a plan's check has; a status that ignored it would read "broken" after a
 * plan whose last step the user just watched vanish from that page.
 */
export interface TeamSide {
  /** The newest stored channel account, whatever the page says since. */
  account?: ChannelAccount;
  /** Where the side's state comes from: the API listing, or the page when it is newer. */
  evidence?: Evidence;
  /** Set when the Channels page, seen after the account's sync, no longer lists the address. */
  notListedOnPage?: boolean;
  summary: CrmSideSummary;
}

/**
 * The newest Channels page observation that can speak about `account`: one of the portal's
 * HubSpot pages (another portal's page is another account's) and of the account's own inbox (a
 * Channels page lists one inbox's channels), or one that names no inbox.
 */
function pageSeenFor(account: ChannelAccount, observations: readonly Observation[], portalId: number | undefined): Observation | undefined {
  const aboutInbox = observations.filter(
    (o) => o.kind === 'crm-team-channel' && typeof o.value.archived === 'boolean' && (typeof o.value.inboxId !== 'string' || o.value.inboxId === account.inboxId) &&
      HUBSPOT_UI_HOSTS.includes(o.host) && (portalId === undefined || observedContext(o).portalId === portalId),
  );
  return newest(aboutInbox, (o) => o.observedAt);
}

export function teamSideFrom(channelAccounts: readonly ChannelAccount[], observations: readonly Observation[], portalId?: number): TeamSide {
  const account = newest(channelAccounts, (a) => a.syncedAt);
  if (!account) return { summary: { seen: false } };
  const apiEvidence: Evidence = { source: 'api', at: account.goneAt ?? account.syncedAt };
  const seen = pageSeenFor(account, observations, portalId);
  // Only a page seen after the API last spoke overrides it; the API's word stands otherwise. The
  // page shows neither "active" nor "authorized", so a listing row cannot vouch for a health the
  // API denied, nor revive an account the API archived: only "not listed" is taken from it.
  if (!seen || seen.observedAt <= apiEvidence.at || seen.value.archived !== true) {
    return { account, evidence: apiEvidence, summary: teamCrmSide(account) };
  }
  const evidence: Evidence = { source: 'observed', at: seen.observedAt, where: `${seen.host}${seen.path}` };
  return { account, evidence, notListedOnPage: true, summary: { seen: true, connected: false } };
}
