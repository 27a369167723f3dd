import { actionEndpoint, type AppContext } from '../context';
import { html, type SafeHtml } from '../html';
import { layout } from '../layout';

/**
 * Users & Teams > "Create user". Step 1: addresses separated by spaces, or "A CSV file" with an
 * Email column. Step 2: role, team, "Make Super Admin", "Don't send a welcome email", "Send".
 */
export function createUsersPage(ctx: AppContext): SafeHtml {
  const { t } = ctx;
  const roles = ctx.scenario.roles ?? [];
  const teams = ctx.scenario.teams ?? [];
  const content = html`<p><a href="/settings/${ctx.portalId}/users">${t('backToUsers')}</a></p>
<h1>${t('createUsersTitle')}</h1>
<form data-endpoint="${actionEndpoint(ctx.portalId, 'users/create')}" data-steps>
<div data-step="1">
<div role="tablist" aria-label="${t('createUsersTitle')}">
<button type="button" role="tab" id="tab-emails" aria-selected="true" aria-controls="panel-emails">${t('tabAddByEmail')}</button>
<button type="button" role="tab" id="tab-csv" aria-selected="false" tabindex="-1" aria-controls="panel-csv">${t('tabCsvFile')}</button>
</div>
<section role="tabpanel" id="panel-emails" aria-labelledby="tab-emails">
<label for="emails">${t('addEmails')}</label><br>
<textarea id="emails" name="emails" rows="3" cols="60" aria-describedby="emails-hint"></textarea>
<p id="emails-hint">${t('addEmailsHint')}</p>
</section>
<section role="tabpanel" id="panel-csv" aria-labelledby="tab-csv" hidden>
<label for="csv">${t('chooseFile')}</label>
<input type="file" id="csv" name="csv" accept=".csv,text/csv" aria-describedby="csv-hint">
<p id="csv-hint">${t('csvHint')}</p>
</section>
<button type="button" data-next-step>${t('next')}</button>
</div>
<div data-step="2" hidden>
<h2>${t('permissionsStep')}</h2>
<p><label for="roleId">${t('colRole')}</label>
<select id="roleId" name="roleId"><option value="">${t('noRole')}</option>${roles.map((r) => html`<option value="${r.id}">${r.name}</option>`)}</select></p>
<p><label for="teamId">${t('colTeam')}</label>
<select id="teamId" name="teamId"><option value="">${t('noTeamAssigned')}</option>${teams.map((tm) => html`<option value="${tm.id}">${tm.name}</option>`)}</select></p>
<p><input type="checkbox" id="superAdmin" name="superAdmin"> <label for="superAdmin">${t('makeSuperAdmin')}</label></p>
<p><input type="checkbox" id="skipWelcome" name="skipWelcome"> <label for="skipWelcome">${t('skipWelcomeEmail')}</label></p>
<button type="button" data-prev-step>${t('back')}</button> <button type="submit">${t('send')}</button>
</div>
<p role="alert"></p>
</form>`;
  return layout(ctx, t('createUsersTitle'), `/settings/${ctx.portalId}/users`, content);
}
