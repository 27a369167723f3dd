import type { Handlers } from '../../messaging/router';
import { summarizeMailboxes } from '../../store/reads/mailbox-facts';

/** Every known mailbox with its status, most recently seen first. */
export const mailboxesSummary: NonNullable<Handlers['mailboxes/summary']> = async () => ({ mailboxes: await summarizeMailboxes() });
