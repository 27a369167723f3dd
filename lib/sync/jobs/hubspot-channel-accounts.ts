/**
 * `hubspot:channel-accounts` → channelAccounts (live and archived), and a `team` mailbox for each
 * connected team email: a channel account on channel 1002 whose deliveryIdentifier is an
 * HS_EMAIL_ADDRESS (hubspot.md §3). HubSpot does not say which provider hosts the address, so the
 * mailbox's provider stays as known (or 'unknown') unless the domain itself tells.
 */
import type { ChannelAccount, MailProvider } from '../../model';
import { normalizeAddress } from '../../model';
import type { MailboxUpdate } from '../../store/repo-domain';
import type { HubSpotSyncClient, PublicChannelAccount } from '../clients';
import { defineSweep, stampGone, type SyncJob } from '../job';
import { fetchLiveThenArchived } from './live-then-archived';
import { HUBSPOT_PAGE_MAX } from '../../clients/hubspot/page-limits';
import type { JobOptions } from './options';

export const EMAIL_CHANNEL_ID = '1002';

/** Consumer domains name their provider; any other domain could be hosted anywhere. */
const CONSUMER_DOMAINS: Readonly<Record<string, MailProvider>> = {
  'gmail.com': 'google',
  'googlemail.com': 'google',
  'outlook.com': 'outlook',
  'hotmail.com': 'outlook',
  'live.com': 'outlook',
  'msn.com': 'outlook',
};

export function providerFromDomain(address: string): MailProvider | undefined {
  return CONSUMER_DOMAINS[address.slice(address.lastIndexOf('@') + 1)];
}

export function teamAddressOf(account: PublicChannelAccount): string | undefined {
  const identifier = account.deliveryIdentifier;
  if (String(account.channelId) !== EMAIL_CHANNEL_ID || identifier?.type !== 'HS_EMAIL_ADDRESS') return undefined;
  return identifier.value ? normalizeAddress(identifier.value) : undefined;
}

export function toChannelAccount(account: PublicChannelAccount, syncedAt: string): ChannelAccount {
  const address = teamAddressOf(account);
  return {
    id: account.id,
    channelId: String(account.channelId),
    inboxId: String(account.inboxId),
    name: account.name,
    ...(address ? { address } : {}),
    active: account.active,
    authorized: account.authorized,
    archived: account.archived,
    createdAt: account.createdAt,
    ...(account.archivedAt ? { archivedAt: account.archivedAt } : {}),
    syncedAt,
  };
}

function teamMailboxes(accounts: readonly ChannelAccount[]): MailboxUpdate[] {
  return accounts.flatMap((account) =>
    account.address ? [{ address: account.address, kind: 'team', provider: providerFromDomain(account.address) }] : [],
  );
}

export function channelAccountsJob(options: JobOptions = {}): SyncJob<HubSpotSyncClient, PublicChannelAccount> {
  const limit = options.pageSize ?? HUBSPOT_PAGE_MAX.channelAccounts;
  return {
    name: 'hubspot:channel-accounts',
    provider: 'hubspot',
    resource: 'channelAccounts',
    stores: ['channelAccounts', 'mailboxes'],
    fetchPage: (client, cursor) => fetchLiveThenArchived(cursor, (query) => client.listChannelAccounts(query), limit),
    toRecords: (results, { syncedAt }) => {
      const channelAccounts = results.map((account) => toChannelAccount(account, syncedAt));
      return { channelAccounts, mailboxes: teamMailboxes(channelAccounts) };
    },
    sweeps: [defineSweep({ store: 'channelAccounts', seenAt: (account) => account.syncedAt, markGone: stampGone })],
  };
}
