import { deleteChannel } from './actions/channel-actions';
import { removeFromRole, replacePrimary } from './actions/contact-actions';
import { createUsers } from './actions/create-users';
import { savePartnerDomain } from './actions/partner-actions';
import { removeMe } from './actions/self-actions';
import { disableInbox, removeInbox } from './actions/inbox-actions';
import { deactivateUsers, makeSuperAdmin, reactivateUsers, removeUsers } from './actions/user-actions';
import type { ActionResult } from './actions/result';
import type { AppContext } from './context';
import type { SafeHtml } from './html';
import { channelsPage, inboxesPage } from './pages/channels';
import { connectedEmailsPage } from './pages/connected-emails';
import { contactsPage } from './pages/contacts';
import { createUsersPage } from './pages/create-users';
import { partnerAutomationPage } from './pages/partner';
import { securityPage } from './pages/security';
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
  { prefix: 'account-and-billing', rest: /^\/contacts$/, render: contactsPage },
  { prefix: 'settings', rest: /^\/security$/, render: securityPage },
  { prefix: 'settings', rest: /^\/partner\/automation$/, render: partnerAutomationPage },
];

/** POST /_sandbox/hubspot-app/{portalId}/{name}, JSON body. */
export const actionRoutes: Readonly<Record<string, ActionHandler>> = {
  'inbox/disable': disableInbox,
  'inbox/remove': removeInbox,
  'channel/delete': deleteChannel,
  'user/deactivate': deactivateUsers,
  'user/reactivate': reactivateUsers,
  'user/remove': removeUsers,
  'user/make-super-admin': makeSuperAdmin,
  'users/create': createUsers,
  'contacts/remove-from-role': removeFromRole,
  'contacts/replace-primary': replacePrimary,
  'self/remove': removeMe,
  'partner/domain': savePartnerDomain,
};
