import type { Handlers } from '../../messaging/router';
import { isMailHost } from '../../pages/hosts';
import { appendDriftReport } from '../drift-reports';
import { rememberTabUnreadable } from '../tab-mailboxes';

/**
 * A page layout we did not recognise. Kept locally (a censored skeleton, no text, no addresses)
 * so support can see it in the diagnostics report; nothing leaves the browser. From a mail page
 * whose mailbox could not be read it also marks the tab so, and its popup says that instead of
 * asking for a reload (which is for a script an extension update cut off). A `partial` report (a
 * place the address was read from vanished, another still answers) leaves the tab as it is; an
 * `anchorless` page (an Outlook popout shows no account by design) is no drift: no report kept.
 */
export const pageDrift: NonNullable<Handlers['page/drift']> = async ({ outcome = 'unreadable', ...report }, { sender }) => {
  // The tab first: once the report is kept, the popup already knows the tab as unreadable.
  const fromMailTab = sender.kind === 'content' && sender.tabId !== undefined && isMailHost(sender.host);
  if (fromMailTab && outcome !== 'partial' && sender.tabId !== undefined) await rememberTabUnreadable(sender.tabId);
  if (outcome === 'anchorless') return { stored: false };
  await appendDriftReport({ ...report, host: sender.host ?? 'extension', at: new Date().toISOString() });
  return { stored: true };
};
