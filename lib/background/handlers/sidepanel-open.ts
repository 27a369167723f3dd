import type { Handlers } from '../../messaging/router';
import { openSidePanel } from '../side-panel';

/** Opens the side panel on the sender's own tab (the click that sent this is the user gesture). */
export const sidepanelOpen: NonNullable<Handlers['sidepanel/open']> = async (_request, { sender }) => {
  if (sender.tabId === undefined) return { opened: false };
  return { opened: await openSidePanel({ tabId: sender.tabId }) };
};
