import type { ResponseOf } from '../messaging/protocol';
import type { LinkStatus } from '../status/mailbox-status';

/** The messages the inbox content script sends (a subset of the content protocol). */
export type InboxMessage = 'mailbox/status' | 'sidepanel/open' | 'page/drift';

/**
 * Hand-written checks of the replies, equal to the valibot response schemas of
 * lib/messaging/content-protocol.ts (tests/inbox/reply-guards.test.ts compares them on valid and
 * invalid samples, so the two cannot drift apart). Kept by hand only to keep valibot out of the
 * content script bundle.
 */
const STATUSES: readonly string[] = ['linked', 'broken', 'half-unlinked', 'not-linked', 'unknown'] satisfies readonly LinkStatus[];
const KINDS: readonly string[] = ['personal', 'team'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const hasBoolean = (key: string) => (value: unknown): boolean => isRecord(value) && typeof value[key] === 'boolean';

function isMailboxStatus(value: unknown): value is ResponseOf<'mailbox/status'> {
  return (
    isRecord(value) &&
    isString(value.address) &&
    isString(value.status) && STATUSES.includes(value.status) &&
    isString(value.provider) &&
    isString(value.kind) && KINDS.includes(value.kind) &&
    (value.checkedAt === null || isString(value.checkedAt)) &&
    isString(value.label) &&
    (value.hint === undefined || isHint(value.hint))
  );
}

function isHint(value: unknown): boolean {
  return isRecord(value) && isString(value.text) && isString(value.detail);
}

export const replyGuards: { [N in InboxMessage]: (value: unknown) => value is ResponseOf<N> } = {
  'page/drift': hasBoolean('stored') as (value: unknown) => value is ResponseOf<'page/drift'>,
  'sidepanel/open': hasBoolean('opened') as (value: unknown) => value is ResponseOf<'sidepanel/open'>,
  'mailbox/status': isMailboxStatus,
};
