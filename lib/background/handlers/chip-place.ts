import { ForbiddenError, type Handlers } from '../../messaging/router';
import { isMailHost } from '../../pages/hosts';
import { setChipPlace } from '../chip-places';

/**
 * Remembers where the chip goes on one mail host. A content script speaks for the host its
 * page is on (from the browser-stamped sender) and for no other; the options page names one.
 */
export const chipPlace: NonNullable<Handlers['chip/place']> = async ({ place, host }, { sender }) => {
  const target = sender.kind === 'content' ? sender.host : host;
  if (sender.kind === 'content' && host !== undefined && host !== sender.host) throw new ForbiddenError('a mail page may only place the chip on its own host');
  if (!isMailHost(target)) throw new ForbiddenError('the chip is placed on mail hosts only');
  await setChipPlace(target, place);
  return { saved: true };
};
