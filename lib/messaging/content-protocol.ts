import * as v from 'valibot';
import { MAIL_HOSTS, type MailHost } from '../pages/hosts';
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

/** Where the rep wants the chip on a mail host: in the header next to the account, at an edge, or not at all. */
export const ChipPlaceSchema = v.picklist(['header', 'right', 'left', 'hidden']);
export type ChipPlace = v.InferOutput<typeof ChipPlaceSchema>;

/**
 * What the chip needs beyond the status: its place on this host, the label of every status (the
 * chip keeps the size of the longest, so its size never tells the page the status) and the
 * words of its menu, in the user's language (the content script carries no catalogs).
 */
export const ChipSetupSchema = v.object({
  place: ChipPlaceSchema,
  labels: v.array(v.string()),
  text: v.object({
    options: v.string(),
    header: v.string(),
    right: v.string(),
    left: v.string(),
    hidden: v.string(),
    /** "Mailbox shown: <address>", named beside the signed-in account on a delegated or shared mailbox. */
    shown: v.string(),
  }),
});

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
  /** The account signed in beside the mailbox shown (a delegated or shared mailbox): its own status. */
  signedInAs: v.optional(v.object({ address: v.string(), status: LinkStatusSchema, label: v.string() })),
  /** For the inbox content script's chip: where it sits on this mail host, and its words. */
  chip: v.optional(ChipSetupSchema),
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
      /**
       * The account signed in beside the mailbox shown (a delegated Gmail mailbox, an Outlook
       * shared mailbox): reported with `seen` as signed in there, and its status is answered too.
       */
      signedInAs: v.optional(Address),
    }),
    response: MailboxStatusSchema,
  },
  /**
   * Where the chip goes on a mail host (remembered per host, in the extension's own store). A
   * content script sets it for its own host only (taken from the sender); an extension page
   * (the options) names the host.
   */
  'chip/place': {
    senders: ['content', 'extension'],
    request: v.object({ place: ChipPlaceSchema, host: v.optional(v.picklist(Object.keys(MAIL_HOSTS) as MailHost[])) }),
    response: v.object({ saved: v.boolean() }),
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
      /**
       * What it means for the tab (default `unreadable`): no mailbox could be read (the tab is
       * marked so, the report kept); `partial`: a place the address was read from vanished but
       * another still answers (report kept, tab unchanged); `anchorless`: a page that shows no
       * account by design, e.g. an Outlook popout (tab marked unreadable, no report: no drift).
       */
      outcome: v.optional(v.picklist(['unreadable', 'partial', 'anchorless'])),
    }),
    response: v.object({ stored: v.boolean() }),
  },
} as const;
