/**
 * What a plan's channel-accounts listing proved about a team address, written to the
 * `channelAccounts` store the way a sync's sweep marks an account it no longer sees (`goneAt`),
 * so the status rule (lib/status) and the HubSpot side read a channel the plan verified deleted
 * without waiting for the next sync. Only the API listing writes here: the Channels page
 * observation is stored by the observation handler, and the user's confirmation proves nothing.
 */
import { normalizeAddress, type ChannelAccount } from '../model';
import type { StoreAccess } from '../store/access';
import { EMAIL_CHANNEL_ID } from '../sync/jobs/hubspot-channel-accounts';
import type { ChannelListing, VerifyResult } from './types';

/**
 * The stored account as the listing shows it at `at`, or undefined when it already agrees (or
 * the listing did not cover it). A `present` answer names one live account and stops there, so
 * only `gone` (a listing read to its end) says anything about accounts it does not name.
 */
export function accountAfterListing(account: ChannelAccount, listing: ChannelListing, state: 'gone' | 'present', at: string): ChannelAccount | undefined {
  if (account.channelId !== EMAIL_CHANNEL_ID) return undefined;
  if (listing.inboxId !== undefined && account.inboxId !== listing.inboxId) return undefined;
  if (listing.liveIds.includes(account.id)) {
    if (!account.goneAt) return undefined;
    const { goneAt: _notGone, ...listed } = account;
    return listed;
  }
  if (state !== 'gone' || account.archived || account.goneAt) return undefined;
  return { ...account, goneAt: at };
}

/** Updates the address's stored channel accounts to what the listing showed; an unknown result writes nothing. */
export async function recordChannelListing(access: StoreAccess, address: string, result: VerifyResult, at: string): Promise<void> {
  const { channelListing: listing, state } = result;
  if (!listing || state === 'unknown') return;
  const key = normalizeAddress(address);
  await access.write(['channelAccounts'], async (tx) => {
    const store = tx.objectStore('channelAccounts');
    const stored = await store.index('address').getAll(key);
    for (const account of stored) {
      const updated = accountAfterListing(account, listing, state, at);
      if (updated) await store.put(updated);
    }
  });
}
