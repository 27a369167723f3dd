import type { ResponseOf } from '../messaging/protocol';
import type { LinkStatus } from '../status/mailbox-status';

/** The messages the inbox content script sends (a subset of the content protocol). */
export type InboxMessage = 'mailbox/status' | 'sidepanel/open' | 'page/drift' | 'chip/place';

/**
 * Hand-written checks of the replies, equal to the valibot response schemas of
 * lib/messaging/content-protocol.ts (tests/inbox/reply-guards.test.ts compares them on valid and
 * invalid samples, so the two cannot drift apart). Kept by hand only to keep valibot out of the
 * content script bundle.
 */
const STATUSES: readonly string[] = ['linked', 'broken', 'half-unlinked', 'not-linked', 'unknown'] satisfies readonly LinkStatus[];
const KINDS: readonly string[] = ['personal', 'team'];
const PLACES: readonly string[] = ['header', 'right', 'left', 'hidden'];
const CHIP_WORDS = ['options', 'header', 'right', 'left', 'hidden', 'shown'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isStatus = (value: unknown): boolean => isString(value) && STATUSES.includes(value);
const hasBoolean = (key: string) => (value: unknown): boolean => isRecord(value) && typeof value[key] === 'boolean';
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);

function isMailboxStatus(value: unknown): value is ResponseOf<'mailbox/status'> {
  return (
    isRecord(value) &&
    isString(value.address) &&
    isStatus(value.status) &&
    isString(value.provider) &&
    isString(value.kind) && KINDS.includes(value.kind) &&
    (value.checkedAt === null || isString(value.checkedAt)) &&
    isString(value.label) &&
    optional(value.hint, (hint) => isRecord(hint) && isString(hint.text) && isString(hint.detail)) &&
    optional(value.signedInAs, (other) => isRecord(other) && isString(other.address) && isStatus(other.status) && isString(other.label)) &&
    optional(value.chip, isChipSetup)
  );
}

function isChipSetup(value: unknown): boolean {
  if (!isRecord(value) || !isString(value.place) || !PLACES.includes(value.place)) return false;
  const { labels, text } = value;
  return Array.isArray(labels) && labels.every(isString) && isRecord(text) && CHIP_WORDS.every((word) => isString(text[word]));
}

export const replyGuards: { [N in InboxMessage]: (value: unknown) => value is ResponseOf<N> } = {
  'page/drift': hasBoolean('stored') as (value: unknown) => value is ResponseOf<'page/drift'>,
  'sidepanel/open': hasBoolean('opened') as (value: unknown) => value is ResponseOf<'sidepanel/open'>,
  'chip/place': hasBoolean('saved') as (value: unknown) => value is ResponseOf<'chip/place'>,
  'mailbox/status': isMailboxStatus,
};
