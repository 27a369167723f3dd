import type { ScenarioUser } from '../../../core/scenario';
import { actionEndpoint, displayName, userStatus, type AppContext } from '../context';
import { html, jsonAttr, type SafeHtml } from '../html';
import { confirmDialog, layout, slotted } from '../layout';

function contactCells(user: ScenarioUser | undefined, id: string): SafeHtml {
  return user ? html`<td>${displayName(user)}</td><td>${user.email}</td>` : html`<td>${id}</td><td></td>`;
}

/** The dropdown next to "Primary contact": a menu of the other active users. */
function primaryMenu(ctx: AppContext, primaryId: string | undefined): SafeHtml {
  const { t } = ctx;
  const candidates = ctx.scenario.users.filter((u) => userStatus(u) === 'active' && u.id !== primaryId);
  return html`<button type="button" aria-haspopup="menu" aria-expanded="false" aria-controls="primary-menu">${t('replacePrimary')}</button>
<ul role="menu" id="primary-menu" aria-label="${t('replacePrimary')}" hidden>${candidates.map(
    (u) => html`<li role="none"><button type="button" role="menuitem" tabindex="-1" data-open-dialog="add-to-role" data-payload="${jsonAttr({ userId: u.id })}" data-vars="${jsonAttr({ name: displayName(u) })}">${displayName(u)} (${u.email})</button></li>`,
  )}</ul>`;
}

/** Account & Billing > Company info > points of contact (URL chosen, see README.md). */
export function contactsPage(ctx: AppContext, path: string): SafeHtml {
  const { t } = ctx;
  const contacts = ctx.scenario.portal.pointsOfContact ?? {};
  const find = (id: string) => ctx.scenario.users.find((u) => u.id === id);
  const others = contacts.others ?? [];
  const primary = contacts.primary;
  const content = html`<h1>${t('navAccountBilling')}</h1>
<div role="tablist" aria-label="${t('navAccountBilling')}"><button type="button" role="tab" id="tab-company" aria-selected="true" aria-controls="panel-company">${t('companyInfo')}</button></div>
<section role="tabpanel" id="panel-company" aria-labelledby="tab-company">
<h2>${t('pointsOfContact')}</h2>
<table><caption>${t('primaryContact')}</caption><tbody>
<tr data-contact-role="primary" data-user-id="${primary ?? ''}">${primary ? contactCells(find(primary), primary) : html`<td colspan="2">—</td>`}<td>${primaryMenu(ctx, primary)}</td></tr>
</tbody></table>
<p>${t('primaryOnlyReplaced')}</p>
<table><caption>${t('otherContacts')}</caption><tbody>${
    others.length
      ? others.map((id) => {
          const user = find(id);
          return html`<tr data-contact-role="other" data-user-id="${id}">${contactCells(user, id)}<td><button type="button" data-open-dialog="remove-from-role" data-payload="${jsonAttr({ userId: id })}" data-vars="${jsonAttr({ name: user ? displayName(user) : id })}">${t('removeFromRole')}</button></td></tr>`;
        })
      : html`<tr><td>${t('noOtherContacts')}</td></tr>`
  }</tbody></table>
</section>
${confirmDialog({ id: 'remove-from-role', ctx, title: slotted(t('removeFromRoleDialogTitle')), body: '', confirmLabel: t('yesRemoveFromRole'), endpoint: actionEndpoint(ctx.portalId, 'contacts/remove-from-role') })}
${confirmDialog({ id: 'add-to-role', ctx, title: slotted(t('addToRoleDialogTitle')), body: '', confirmLabel: t('yesAddToRole'), endpoint: actionEndpoint(ctx.portalId, 'contacts/replace-primary') })}`;
  return layout(ctx, t('navAccountBilling'), path, content);
}
