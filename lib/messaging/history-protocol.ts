import * as v from 'valibot';
import { Address } from './fields';

/** Support and portal health (extension pages only). */
export const historyProtocol = {
  /**
   * The support report of one mailbox, or of the whole portal without `address`, in every form
   * (JSON, CSV, printable HTML, a short text for the clipboard), built in the background so the
   * page never reads a credential; redacted and leak-checked (lib/history/report/guard.ts).
   */
  'support/report': {
    senders: ['extension'],
    request: v.object({ address: v.optional(Address) }),
    response: v.object({ json: v.string(), csv: v.string(), html: v.string(), text: v.string(), fileBase: v.string() }),
  },
  /** The portal health alert's threshold in percent (1–100), or null to turn it off. Checks at once. */
  'health/alert-set': {
    senders: ['extension'],
    request: v.object({ percent: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))) }),
    response: v.object({ saved: v.boolean(), alerted: v.boolean() }),
  },
} as const;
