import type { LinkStatus } from '../../lib/status/mailbox-status';

/** Statuses with something left to unlink: a plan may start (popup, side panel). */
export const UNLINKABLE: readonly LinkStatus[] = ['linked', 'broken', 'half-unlinked'];

export const canUnlink = (status: LinkStatus): boolean => UNLINKABLE.includes(status);
