import { deleteChannel } from './actions/channel-actions';
import { disableInbox, removeInbox } from './actions/inbox-actions';
import type { ActionResult } from './actions/result';
import type { AppContext } from './context';
import type { SafeHtml } from './html';
import { channelsPage, inboxesPage } from './pages/channels';
import { connectedEmailsPage } from './pages/connected-emails';

/** A page renderer; undefined means "no such thing here" (404). */
export type PageRenderer = (ctx: AppContext, path: string, params: readonly string[]) => SafeHtml | undefined;
export type ActionHandler = (ctx: AppContext, body: unknown) => ActionResult;

/** Page paths after `/{prefix}/{portalId}`; see README.md for where each URL comes from. */
export const pageRoutes: readonly { prefix: string; rest: RegExp; render: PageRenderer }[] = [
  { prefix: 'settings', rest: /^\/user-preferences\/email$/, render: connectedEmailsPage },
  { prefix: 'live-messages-settings', rest: /^\/inboxes$/, render: inboxesPage },
  { prefix: 'live-messages-settings', rest: /^\/inboxes\/([^/]+)\/channels$/, render: channelsPage },
];

/** POST /_sandbox/hubspot-app/{portalId}/{name}, JSON body. */
export const actionRoutes: Readonly<Record<string, ActionHandler>> = {
  'inbox/disable': disableInbox,
  'inbox/remove': removeInbox,
  'channel/delete': deleteChannel,
};
