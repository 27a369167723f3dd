import type { Handlers } from '../../../messaging/router';

/** Handlers of lib/messaging/ui-protocol.ts, one file each. */
export const uiHandlers: Handlers = {};
