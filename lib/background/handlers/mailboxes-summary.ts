import type { Handlers } from '../../messaging/router';
import { verdictOf } from '../../status/mailbox-facts';
import { repo } from '../../store/repo';
import { readMailboxFacts } from '../mailbox-facts';

/** Every known mailbox with its status, most recently seen first. */
export const mailboxesSummary: NonNullable<Handlers['mailboxes/summary']> = async () => {
  const mailboxes = await repo.getAll('mailboxes');
  const rows = await Promise.all(
    mailboxes.map(async (mailbox) => {
      const verdict = verdictOf(await readMailboxFacts(mailbox.address));
      return { address: mailbox.address, provider: mailbox.provider, kind: verdict.kind, status: verdict.status, lastSeenAt: mailbox.updatedAt };
    }),
  );
  return { mailboxes: rows.sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt)) };
};
