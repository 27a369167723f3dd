import type { Handlers } from '../../messaging/router';
import { MAIL_HOSTS } from '../../pages/hosts';
import { openSidePanel } from '../side-panel';
import { requestPanelFocus } from '../side-panel-focus';
import { mailboxOfTab } from '../tab-mailboxes';

/**
 * Opens the side panel on the sender's own tab (the click that sent this is the user gesture) and,
 * for the inbox chip, lands it on the tab's mailbox. The address is the one this tab's content
 * script reported earlier (tab-mailboxes), never one from the payload: a page can only ever point
 * the panel at its own mailbox. Guide pages (HubSpot, providers) have no mailbox of their own.
 */
export const sidepanelOpen: NonNullable<Handlers['sidepanel/open']> = async (_request, { sender }) => {
  if (sender.tabId === undefined) return { opened: false };
  // First, before any await: Chrome opens the panel only while the click's gesture lasts.
  const opened = await openSidePanel({ tabId: sender.tabId });
  const fromInbox = sender.kind === 'content' && sender.host !== undefined && Object.hasOwn(MAIL_HOSTS, sender.host);
  const address = fromInbox ? await mailboxOfTab(sender.tabId) : undefined;
  // The panel reads the key on load and on change, so writing after it opened still lands it.
  if (opened && address) await requestPanelFocus(address);
  return { opened };
};
