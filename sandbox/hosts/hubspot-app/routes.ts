import { deleteChannel } from './actions/channel-actions';
import { createUsers } from './actions/create-users';
import { disableInbox, removeInbox } from './actions/inbox-actions';
import { deactivateUsers, reactivateUsers, removeUsers } from './actions/user-actions';
import type { ActionResult } from './actions/result';
import type { AppContext } from './context';
import type { SafeHtml } from './html';
import { channelsPage, inboxesPage } from './pages/channels';
import { connectedEmailsPage } from './pages/connected-emails';
import { createUsersPage } from './pages/create-users';
import { userDetailPage } from './pages/user-detail';
import { usersPage } from './pages/users';

/** A page renderer; undefined means "no such thing here" (404). */
export type PageRenderer = (ctx: AppContext, path: string, params: readonly string[]) => SafeHtml | undefined;
export type ActionHandler = (ctx: AppContext, body: unknown) => ActionResult;

/** Page paths after `/{prefix}/{portalId}`; see README.md for where each URL comes from. */
export const pageRoutes: readonly { prefix: string; rest: RegExp; render: PageRenderer }[] = [
  { prefix: 'settings', rest: /^\/user-preferences\/email$/, render: connectedEmailsPage },
  { prefix: 'live-messages-settings', rest: /^\/inboxes$/, render: inboxesPage },
  { prefix: 'live-messages-settings', rest: /^\/inboxes\/([^/]+)\/channels$/, render: channelsPage },
  { prefix: 'settings', rest: /^\/users$/, render: usersPage },
  { prefix: 'settings', rest: /^\/users\/create$/, render: createUsersPage },
  { prefix: 'settings', rest: /^\/users\/user\/([^/]+)$/, render: userDetailPage },
];

/** POST /_sandbox/hubspot-app/{portalId}/{name}, JSON body. */
export const actionRoutes: Readonly<Record<string, ActionHandler>> = {
  'inbox/disable': disableInbox,
  'inbox/remove': removeInbox,
  'channel/delete': deleteChannel,
  'user/deactivate': deactivateUsers,
  'user/reactivate': reactivateUsers,
  'user/remove': removeUsers,
  'users/create': createUsers,
};
