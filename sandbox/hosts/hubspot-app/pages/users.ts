import type { ScenarioUser } from '../../../core/scenario';
import { displayName, userStatus, type AppContext } from '../context';
import { html, type SafeHtml } from '../html';
import { layout } from '../layout';
import { userActionsMenu, userDialogs } from './user-actions-ui';

export function statusLabel(ctx: AppContext, user: ScenarioUser): string {
  return userStatus(user) === 'active' ? ctx.t('statusActive') : ctx.t('statusDeactivated');
}

export function roleNames(ctx: AppContext, user: ScenarioUser): string {
  const roles = ctx.scenario.roles ?? [];
  return (user.roleIds ?? []).map((id) => roles.find((r) => r.id === id)?.name ?? id).join(', ');
}

function userRow(ctx: AppContext, user: ScenarioUser): SafeHtml {
  const { t } = ctx;
  const name = displayName(user);
  const team = (ctx.scenario.teams ?? []).find((tm) => tm.id === user.primaryTeamId)?.name ?? '';
  return html`<tr data-user-id="${user.id}" data-status="${userStatus(user)}">
<td><input type="checkbox" data-select value="${user.id}" aria-label="${t('selectUser', { name })}"></td>
<td><a href="/settings/${ctx.portalId}/users/user/${encodeURIComponent(user.id)}">${name}</a>${user.superAdmin ? html` <small>${t('superAdmin')}</small>` : ''}</td>
<td>${user.email}</td><td>${roleNames(ctx, user)}</td><td>${team}</td><td>${statusLabel(ctx, user)}</td>
<td><span class="row-actions">${userActionsMenu(ctx, user, 'row')}</span></td>
</tr>`;
}

function teamsPanel(ctx: AppContext): SafeHtml {
  const { t } = ctx;
  const teams = ctx.scenario.teams ?? [];
  if (!teams.length) return html`<p>${t('noTeams')}</p>`;
  const members = (id: string) => ctx.scenario.users.filter((u) => userStatus(u) !== 'removed' && u.primaryTeamId === id);
  return html`<table><thead><tr><th scope="col">${t('colTeam')}</th><th scope="col">${t('tabUsers')}</th></tr></thead>
<tbody>${teams.map((team) => html`<tr><td>${team.name}</td><td>${members(team.id).map(displayName).join(', ')}</td></tr>`)}</tbody></table>`;
}

/** Settings > Users & Teams: users (not removed), per-row "Actions" menu, bulk actions, teams tab. */
export function usersPage(ctx: AppContext, path: string): SafeHtml {
  const { t } = ctx;
  const users = ctx.scenario.users.filter((u) => userStatus(u) !== 'removed');
  const content = html`<h1>${t('navUsersTeams')}</h1>
<form method="get" action="/settings/${ctx.portalId}/users/create"><button type="submit">${t('createUser')}</button></form>
<div role="tablist" aria-label="${t('navUsersTeams')}">
<button type="button" role="tab" id="tab-users" aria-selected="true" aria-controls="panel-users">${t('tabUsers')}</button>
<button type="button" role="tab" id="tab-teams" aria-selected="false" tabindex="-1" aria-controls="panel-teams">${t('tabTeams')}</button>
</div>
<section role="tabpanel" id="panel-users" aria-labelledby="tab-users">
<div role="toolbar" aria-label="${t('actions')}">
<button type="button" data-bulk data-payload-from="selection" data-open-dialog="bulk-deactivate">${t('bulkDeactivate')}</button>
<button type="button" data-bulk data-payload-from="selection" data-open-dialog="bulk-remove">${t('removeFromAccount')}</button>
</div>
<table><thead><tr><th scope="col"><input type="checkbox" data-select-all aria-label="${t('selectAllUsers')}"></th><th scope="col">${t('colName')}</th><th scope="col">${t('colEmail')}</th><th scope="col">${t('colRole')}</th><th scope="col">${t('colTeam')}</th><th scope="col">${t('colStatus')}</th><th scope="col">${t('actions')}</th></tr></thead>
<tbody>${users.map((u) => userRow(ctx, u))}</tbody></table>
</section>
<section role="tabpanel" id="panel-teams" aria-labelledby="tab-teams" hidden>${teamsPanel(ctx)}</section>
${userDialogs(ctx)}`;
  return layout(ctx, t('navUsersTeams'), path, content);
}
