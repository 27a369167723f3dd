import type { ChannelAccount, PersonalCrmSide } from '../model';
import type { CrmSideSummary } from './mailbox-status';

/**
 * Personal inbox: connected without error is healthy; disabled or removed is not connected, and
 * so is one its owner's page does not list (`not-connected`, never listed: see owner-absence.ts).
 */
export function personalCrmSide(side: PersonalCrmSide | undefined): CrmSideSummary {
  if (!side || side.state === 'unknown') return { seen: false };
  if (side.state === 'connected') return { seen: true, connected: true, healthy: !side.error };
  return side.state === 'not-connected' ? { seen: true, connected: false, neverListed: true } : { seen: true, connected: false };
}

/** Team inbox: the channel account must be active, authorized and not archived to be healthy. */
export function teamCrmSide(account: ChannelAccount | undefined): CrmSideSummary {
  if (!account) return { seen: false };
  if (account.archived || account.goneAt) return { seen: true, connected: false };
  return { seen: true, connected: true, healthy: account.active && account.authorized };
}
