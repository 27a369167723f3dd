import * as v from 'valibot';
import { LinkStatusSchema } from './content-protocol';

/** Messages only the extension's own pages (popup, side panel, options) may send. */
export const MailboxSummarySchema = v.object({
  address: v.string(),
  provider: v.string(),
  kind: v.picklist(['personal', 'team']),
  status: LinkStatusSchema,
  lastSeenAt: v.string(),
});
export type MailboxSummary = v.InferOutput<typeof MailboxSummarySchema>;

export const extensionProtocol = {
  'mailboxes/summary': {
    senders: ['extension'],
    request: v.object({}),
    response: v.object({ mailboxes: v.array(MailboxSummarySchema) }),
  },
  /** UI preferences; `locale: null` returns to the browser's language. */
  'settings/set': {
    senders: ['extension'],
    request: v.object({ locale: v.optional(v.nullable(v.picklist(['en', 'de', 'nl', 'sv', 'pl']))) }),
    response: v.object({ saved: v.boolean() }),
  },
  /** Destructive: the UI confirms first; the background audits it. */
  'data/clear': {
    senders: ['extension'],
    request: v.object({ confirmed: v.literal(true) }),
    response: v.object({ cleared: v.array(v.string()) }),
  },
} as const;
