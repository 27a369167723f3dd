import type { Translate } from '../i18n';
import type { MailboxStatusView } from '../messaging/content-protocol';
import type { MailHost } from '../pages/hosts';
import { LINK_STATUSES, type LinkStatus } from '../status/mailbox-status';
import { chipPlaceOn } from './chip-places';

/** The chip's text for a status, in the user's language. */
export const chipLabel = (t: Translate, status: LinkStatus) => t('chip.label', { status: t(`status.${status}`) });

/**
 * What the inbox chip on `host` needs beside the status: its place there, every status's label
 * (it keeps the size of the longest, so its size does not tell the page the status) and the words
 * of its menu. `address` is the mailbox shown.
 */
export async function chipSetup(t: Translate, host: MailHost, address: string): Promise<NonNullable<MailboxStatusView['chip']>> {
  return {
    place: await chipPlaceOn(host),
    labels: LINK_STATUSES.map((status) => chipLabel(t, status)),
    text: {
      options: t('chip.options'),
      header: t('chip.place.header'),
      right: t('chip.place.right'),
      left: t('chip.place.left'),
      hidden: t('chip.hide', { host }),
      shown: t('chip.shown', { address }),
    },
  };
}
