import type { PersonMailbox } from '../../lib/people/person-index';
import type { LinkStatus } from '../../lib/status/mailbox-status';

/** The status that needs the most attention among a person's mailboxes, for the list's one pill. */
const ATTENTION: LinkStatus[] = ['broken', 'half-unlinked', 'linked', 'unknown', 'not-linked'];

export function worstStatus(mailboxes: readonly PersonMailbox[]): LinkStatus | undefined {
  return ATTENTION.find((status) => mailboxes.some((m) => m.status === status));
}
