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

/** The local data export (lib/auth/export.ts builds it in the background): never a credential. */
export const LocalDataExportSchema = v.object({
  format: v.literal('inboxlink-export'),
  schemaVersion: v.number(),
  exportedAt: v.string(),
  stores: v.record(v.string(), v.array(v.unknown())),
  meta: v.record(v.string(), v.unknown()),
});

/** What clearing removed, so the page can say it: record counts per store and the connections whose tokens went. */
export const LocalDataClearedSchema = v.object({
  cleared: v.array(v.string()),
  removed: v.array(v.object({ store: v.string(), count: v.number() })),
  connections: v.array(v.object({
    provider: v.picklist(['hubspot', 'google', 'microsoft']),
    account: v.optional(v.string()),
    portalId: v.optional(v.number()),
  })),
});

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
  /**
   * The local cache as one JSON document, built in the background: the page asking for it never
   * reads the credentials store, and the document carries no token (lib/auth/export.ts).
   */
  'data/export': {
    senders: ['extension'],
    request: v.object({}),
    response: LocalDataExportSchema,
  },
  /** Destructive (every token and the cache): the UI confirms first; the background audits it. Idempotent. */
  'data/clear': {
    senders: ['extension'],
    request: v.object({ confirmed: v.literal(true) }),
    response: LocalDataClearedSchema,
  },
} as const;
