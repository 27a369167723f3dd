import type { Handlers } from '../../../messaging/router';
import { mailboxForTab } from './mailbox-for-tab';

/** Handlers of lib/messaging/ui-protocol.ts, one file each. */
export const uiHandlers: Handlers = {
  'mailbox/for-tab': mailboxForTab,
};
