import * as v from 'valibot';
import { Address, ObservationValue, Path } from './fields';
import { guideProtocol } from './guide-protocol';
import { observationSnapshotProtocol } from './observation-snapshot-protocol';
import { partnerSeenProtocol } from './partner-seen-protocol';

/**
 * Messages a content script may send. Kept apart from the extension pages' protocol so the
 * content script bundle carries only these schemas. A content script may report what it saw and
 * ask about its own mailbox; nothing else (ARCHITECTURE.md, messaging).
 */

export const LinkStatusSchema = v.picklist(['linked', 'broken', 'half-unlinked', 'not-linked', 'unknown']);

export const MailboxStatusSchema = v.object({
  address: v.string(),
  status: LinkStatusSchema,
  provider: v.string(),
  kind: v.picklist(['personal', 'team']),
  /** ISO time of the newest evidence on either side, or null. */
  checkedAt: v.nullable(v.string()),
  /** The chip's text in the user's chosen language (the content script carries no catalogs). */
  label: v.string(),
  /** How to fix a status the user can fix (e.g. unknown): a short visible line and a fuller tooltip. */
  hint: v.optional(v.object({ text: v.string(), detail: v.string() })),
});
export type MailboxStatusView = v.InferOutput<typeof MailboxStatusSchema>;

export const contentProtocol = {
  ...observationSnapshotProtocol,
  ...partnerSeenProtocol,
  ...guideProtocol,
  /** The status of one mailbox. A content script may only ask about the address its tab reported (or reports with `seen`). */
  'mailbox/status': {
    senders: ['content', 'extension'],
    request: v.object({
      address: Address,
      /**
       * The inbox script's first question on a page also reports that this address is signed in
       * there (stored as a signed-in-address observation, host from the sender): one message at load, not two.
       * It is the only way a content script reports a single observation: guide pages send whole
       * snapshots (observation/snapshot), and `observation/report` was removed as unused.
       */
      seen: v.optional(v.object({ path: Path, value: ObservationValue })),
    }),
    response: MailboxStatusSchema,
  },
  /** Opens the side panel on the sender's own tab (the chip's click is the user gesture). */
  'sidepanel/open': {
    senders: ['content', 'extension'],
    request: v.object({}),
    response: v.object({ opened: v.boolean() }),
  },
  /** A page whose layout changed: which targets were missing, and a censored DOM skeleton. */
  'page/drift': {
    senders: ['content'],
    request: v.object({
      page: v.pipe(v.string(), v.maxLength(64)),
      missing: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(20)),
      skeleton: v.pipe(v.string(), v.maxLength(4000)),
    }),
    response: v.object({ stored: v.boolean() }),
  },
} as const;
