import { createClient } from '../messaging/client';
import { pageLocale } from '../pages/dom/page-dom';
import { contentProtocol } from '../messaging/content-protocol';
import { runHighlighter } from './highlight/run-highlighter';
import { PARTNER_READERS } from './partner-readers';
import { runObservers, type ObserverContext, type Observers } from './run-observers';
import { watchUserActions } from './watch-actions';

/** Only the messages a content script may send: its bundle carries no extension-page schemas. */
const send = createClient(contentProtocol);

/**
 * The guide content script, wired to the background: the observers report what the page shows
 * (mailbox lists; HubSpot's partner settings), the highlighter points at the current plan step's
 * button.
 */
export function startGuideObservers(doc: Document, location: Pick<Location, 'href'>, ctx: ObserverContext): Observers {
  const sendDrift = (report: Parameters<typeof send<'page/drift'>>[1]) => send('page/drift', report);
  const observers = runObservers(doc, location, ctx, {
    sendSnapshot: (snapshot) => send('observation/snapshot', snapshot),
    sendDrift,
  });
  // Before the observers' first reading: a press is reported before the page it leads to is read.
  watchUserActions(doc, location, ctx, (report) => send('observation/acted', report));
  // HubSpot's partner settings are read apart from the mailbox lists: a settings page such as
  // Connected emails shows both a list and the sidebar.
  const partner = runObservers(doc, location, ctx, {
    readers: PARTNER_READERS,
    sendSnapshot: (reading) => send('partner/seen', reading),
    sendDrift,
  });
  const highlighter = runHighlighter(doc, location, ctx, {
    // The page's language as the highlighter reads it: the explanation quotes the same labels.
    fetchStep: () => send('guide/current-step', { pageLocale: pageLocale(doc) }),
    openPanel: () => send('sidepanel/open', {}),
    sendDrift,
  });
  return {
    locationChanged() {
      observers.locationChanged();
      partner.locationChanged();
      highlighter.locationChanged();
    },
  };
}
