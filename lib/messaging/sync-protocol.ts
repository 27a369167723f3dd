import * as v from 'valibot';

/** Messages about the background sync (extension pages only). */
export const syncProtocol = {
  /** A UI opened: sync if the data is older than maxAgeMs (answers at once; the pass runs on). */
  'sync/if-stale': {
    senders: ['extension'],
    request: v.object({ maxAgeMs: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    response: v.object({ started: v.boolean() }),
  },
  /** "Recheck now": start a pass; one already running is stopped and replaced (lib/sync/in-flight.ts). */
  'sync/now': {
    senders: ['extension'],
    request: v.object({}),
    response: v.object({ started: v.boolean() }),
  },
} as const;
