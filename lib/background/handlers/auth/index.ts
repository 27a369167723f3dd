import type { Handlers } from '../../../messaging/router';

/** Handlers of lib/messaging/auth-protocol.ts, one file each. */
export const authHandlers: Handlers = {};
