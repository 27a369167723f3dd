import type { Handlers } from '../../../messaging/router';
import { runPassNow, syncIfStale } from '../../../sync';

/**
 * Sync triggers from the UIs. They answer at once and let the pass run on: it checkpoints after
 * every page and its resume alarm wakes a new worker if this one is stopped mid-pass.
 */
export const syncHandlers: Handlers = {
  'sync/if-stale': async ({ maxAgeMs }) => {
    void syncIfStale(maxAgeMs).catch((error: unknown) => console.warn('[inboxlink] sync failed:', errorText(error)));
    return { started: true };
  },
  // A pass already running is replaced, not joined: the click asks for the data as it is now.
  'sync/now': async () => {
    void runPassNow().catch((error: unknown) => console.warn('[inboxlink] sync failed:', errorText(error)));
    return { started: true };
  },
};

// The message only: API errors are already scrubbed of tokens, and stacks add nothing here.
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
