/**
 * Every mailbox's status row from its facts (pure). The store read that feeds it lives beside the
 * store (lib/store/reads/mailbox-facts.ts, mailbox-index.ts): the status rule receives a snapshot.
 */
import type { ChannelAccount, CrmUser, Mailbox, Observation, ProviderGrant } from '../model';
import { verdictOf } from './mailbox-facts';
import type { LinkStatus } from './mailbox-status';

export interface MailboxSummaryRow {
  address: string;
  provider: string;
  kind: 'personal' | 'team';
  status: LinkStatus;
  lastSeenAt: string;
}

/** Groups records by their (lower-case) address. */
function byAddress<T extends { address?: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    if (!record.address) continue;
    const list = groups.get(record.address);
    if (list) list.push(record);
    else groups.set(record.address, [record]);
  }
  return groups;
}

/** The facts of every mailbox, already read: what summarizeRows judges. */
export interface FactRecords {
  mailboxes: readonly Mailbox[];
  observations: readonly Observation[];
  channelAccounts: readonly ChannelAccount[];
  grants: readonly ProviderGrant[];
  /**
   * The users who are not active (the `status` index: few): a personal inbox's deactivated or
   * removed user speaks for it (lib/status/mailbox-facts.ts). Active users change nothing.
   */
  inactiveUsers?: readonly CrmUser[];
  /** The connected HubSpot portal: HubSpot pages of other portals do not count. */
  portalId?: number;
}

/** Every mailbox's status row from its facts, most recently seen first (pure). */
export function summarizeRows({ mailboxes, observations, channelAccounts, grants, inactiveUsers = [], portalId }: FactRecords): MailboxSummaryRow[] {
  const [observed, accounts, granted] = [byAddress(observations), byAddress(channelAccounts), byAddress(grants)];
  const inactiveById = new Map(inactiveUsers.map((user) => [user.id, user]));
  const inactiveByEmail = new Map(inactiveUsers.map((user) => [user.email, user]));
  const rows = mailboxes.map((mailbox) => {
    const verdict = verdictOf({
      mailbox,
      observations: observed.get(mailbox.address) ?? [],
      channelAccounts: accounts.get(mailbox.address) ?? [],
      grants: granted.get(mailbox.address) ?? [],
      owner: (mailbox.userId ? inactiveById.get(mailbox.userId) : undefined) ?? inactiveByEmail.get(mailbox.address),
      ...(portalId !== undefined ? { portalId } : {}),
    });
    return { address: mailbox.address, provider: mailbox.provider, kind: verdict.kind, status: verdict.status, lastSeenAt: mailbox.updatedAt };
  });
  return rows.sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt));
}
