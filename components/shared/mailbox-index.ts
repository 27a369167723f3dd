import type { ChannelAccount, CrmUser, Finding, Mailbox } from '../../lib/model';
import type { MailboxSummaryRow } from '../../lib/status/read-facts';
import { displayNameOf, ownerOf } from './mailbox-detail';

/** A side-panel row: the status row plus what the filters and the search look at. */
export interface MailboxIndexRow extends MailboxSummaryRow {
  /** The mailbox's display name, or its team channel's name. */
  name?: string;
  ownerId?: string;
  ownerName?: string;
  findings: number;
}

export interface IndexSources {
  rows: readonly MailboxSummaryRow[];
  mailboxes: readonly Mailbox[];
  users: readonly CrmUser[];
  channelAccounts: readonly ChannelAccount[];
  findings: readonly Finding[];
}

/** Joins the status rows with names, owners and finding counts (pure: tested without a store). */
export function buildMailboxIndex({ rows, mailboxes, users, channelAccounts, findings }: IndexSources): MailboxIndexRow[] {
  const byAddress = new Map(mailboxes.map((m) => [m.address, m]));
  return rows.map((row) => {
    const mailbox = byAddress.get(row.address);
    const owner = row.kind === 'personal' ? ownerOf(mailbox, row.address, users) : undefined;
    const channel = channelAccounts.find((a) => a.address === row.address);
    return {
      ...row,
      name: mailbox?.displayName ?? channel?.name,
      ownerId: owner?.id,
      ownerName: owner ? displayNameOf(owner) : undefined,
      findings: findings.filter((f) => f.subject === row.address).length,
    };
  });
}
