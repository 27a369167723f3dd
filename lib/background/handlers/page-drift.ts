import type { Handlers } from '../../messaging/router';
import { isMailHost } from '../../pages/hosts';
import { appendDriftReport } from '../drift-reports';
import { rememberTabUnreadable } from '../tab-mailboxes';

/**
 * A page layout we did not recognise. Kept locally (a censored skeleton, no text, no addresses)
 * so support can see it in the diagnostics report; nothing leaves the browser. From a mail page
 * it also means the tab shows no mailbox we could read: the tab is marked so, and its popup says
 * that instead of asking for a reload (which is for a script an extension update cut off).
 */
export const pageDrift: NonNullable<Handlers['page/drift']> = async (report, { sender }) => {
  // The tab first: once the report is kept, the popup already knows the tab as unreadable.
  if (sender.kind === 'content' && sender.tabId !== undefined && isMailHost(sender.host)) await rememberTabUnreadable(sender.tabId);
  await appendDriftReport({ ...report, host: sender.host ?? 'extension', at: new Date().toISOString() });
  return { stored: true };
};
