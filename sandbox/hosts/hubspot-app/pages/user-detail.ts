import { displayName, userStatus, type AppContext } from '../context';
import { html, type SafeHtml } from '../html';
import { layout } from '../layout';
import { recordsSummary, userActionsMenu, userDialogs } from './user-actions-ui';
import { roleNames, statusLabel } from './users';

/** One user: status top left ("Deactivated"), "Actions" top right, as seed 002 describes. */
export function userDetailPage(ctx: AppContext, path: string, params: readonly string[]): SafeHtml | undefined {
  const { t } = ctx;
  const user = ctx.scenario.users.find((u) => u.id === params[0] && userStatus(u) !== 'removed');
  if (!user) return undefined;
  const content = html`<p><a href="/settings/${ctx.portalId}/users">${t('backToUsers')}</a></p>
<div data-user-id="${user.id}" data-status="${userStatus(user)}">
<p class="user-status" role="status">${statusLabel(ctx, user)}</p>
<div class="user-actions">${userActionsMenu(ctx, user, 'detail')}</div>
<h1>${displayName(user)}</h1>
<dl><dt>${t('colEmail')}</dt><dd>${user.email}</dd>
<dt>${t('colRole')}</dt><dd>${user.superAdmin ? t('superAdmin') : roleNames(ctx, user)}</dd>
<dt>${t('userDetails')}</dt><dd>${recordsSummary(ctx, user)}</dd></dl>
</div>
${userDialogs(ctx)}`;
  return layout(ctx, displayName(user), `/settings/${ctx.portalId}/users`, content);
}
