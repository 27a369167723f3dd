import { createClient } from '../messaging/client';
import { contentProtocol } from '../messaging/content-protocol';
import { runObservers, type ObserverContext, type Observers } from './run-observers';

/** Only the messages a content script may send: its bundle carries no extension-page schemas. */
const send = createClient(contentProtocol);

/** The guide content script's observation side, wired to the background. */
export function startGuideObservers(doc: Document, location: Pick<Location, 'href'>, ctx: ObserverContext): Observers {
  return runObservers(doc, location, ctx, {
    sendSnapshot: (snapshot) => send('observation/snapshot', snapshot),
    sendDrift: (report) => send('page/drift', report),
  });
}
