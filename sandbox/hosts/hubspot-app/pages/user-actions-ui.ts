import type { ScenarioUser } from '../../../core/scenario';
import { actionEndpoint, displayName, userStatus, type AppContext } from '../context';
import { html, jsonAttr, type SafeHtml } from '../html';
import type { LabelKey } from '../labels/index';
import { confirmDialog, slotted } from '../layout';

const RECORD_LABELS: Record<keyof NonNullable<ScenarioUser['owns']>, LabelKey> = {
  contacts: 'recordsContacts',
  companies: 'recordsCompanies',
  deals: 'recordsDeals',
  tickets: 'recordsTickets',
  workflows: 'recordsWorkflows',
  schedulingPages: 'recordsSchedulingPages',
};

/** "Contacts: 12, Deals: 3" — what the removal review lists as still assigned. */
export function recordsSummary(ctx: AppContext, user: ScenarioUser): string {
  const parts = Object.entries(user.owns ?? {})
    .filter(([, count]) => (count ?? 0) > 0)
    .map(([kind, count]) => ctx.t(RECORD_LABELS[kind as keyof typeof RECORD_LABELS], { count: count ?? 0 }));
  return parts.length ? parts.join(', ') : ctx.t('noAssignedRecords');
}

/** The "Actions" menu button and its role=menu; nothing for yourself or a removed user. */
export function userActionsMenu(ctx: AppContext, user: ScenarioUser, idPrefix: string): SafeHtml {
  const { t } = ctx;
  const status = userStatus(user);
  if (user.id === ctx.me?.id || status === 'removed') return html``;
  const payload = jsonAttr({ userIds: [user.id] });
  const vars = jsonAttr({ name: displayName(user), records: recordsSummary(ctx, user) });
  const item = (dialog: string, label: LabelKey) =>
    html`<li role="none"><button type="button" role="menuitem" tabindex="-1" data-open-dialog="${dialog}" data-payload="${payload}" data-vars="${vars}">${t(label)}</button></li>`;
  // "Make Super Admin" only where the signed-in user could do it (seed 003), for active non-admins.
  const canPromote = ctx.me?.superAdmin === true && !user.superAdmin;
  const items =
    status === 'active'
      ? [item('deactivate-user', 'deactivateUser'), ...(canPromote ? [item('make-super-admin', 'makeSuperAdmin')] : [])]
      : [item('reactivate-user', 'reactivateUser'), item('remove-user', 'removeFromAccount')];
  const menuId = `${idPrefix}-menu-${user.id}`;
  return html`<button type="button" aria-haspopup="menu" aria-expanded="false" aria-controls="${menuId}">${t('actions')}</button>
<ul role="menu" id="${menuId}" aria-label="${t('actions')}" hidden>${items}</ul>`;
}

/** The two-step removal: review ("Continue"), then "Confirm" (seed 002). */
function removeDialog(ctx: AppContext, id: string, title: SafeHtml): SafeHtml {
  const { t } = ctx;
  return html`<dialog id="${id}" role="dialog" aria-modal="true" aria-labelledby="${id}-title" data-steps>
<h2 id="${id}-title">${title}</h2>
<div data-step="1"><p>${t('removeDialogReview')}</p><p data-slot="records"></p>
<button type="button" data-close-dialog>${t('cancel')}</button> <button type="button" data-next-step>${t('continue')}</button></div>
<div data-step="2" hidden><p role="alert"></p>
<button type="button" data-close-dialog>${t('cancel')}</button> <button type="button" data-submit data-endpoint="${actionEndpoint(ctx.portalId, 'user/remove')}">${t('confirm')}</button></div>
</dialog>`;
}

/** Every dialog the user pages open, single-user and bulk. */
export function userDialogs(ctx: AppContext): SafeHtml {
  const { t } = ctx;
  const endpoint = (name: string) => actionEndpoint(ctx.portalId, name);
  return html`${confirmDialog({ id: 'deactivate-user', ctx, title: slotted(t('deactivateDialogTitle')), body: t('deactivateDialogBody'), confirmLabel: t('deactivateUser'), endpoint: endpoint('user/deactivate') })}
${confirmDialog({ id: 'reactivate-user', ctx, title: slotted(t('reactivateDialogTitle')), body: '', confirmLabel: t('reactivateConfirm'), endpoint: endpoint('user/reactivate') })}
${removeDialog(ctx, 'remove-user', slotted(t('removeDialogTitle')))}
${confirmDialog({ id: 'make-super-admin', ctx, title: slotted(t('makeSuperAdminDialogTitle')), body: t('makeSuperAdminDialogBody'), confirmLabel: t('makeSuperAdmin'), endpoint: endpoint('user/make-super-admin') })}
${confirmDialog({ id: 'bulk-deactivate', ctx, title: slotted(t('bulkDialogTitle')), body: t('deactivateDialogBody'), confirmLabel: t('bulkDeactivate'), endpoint: endpoint('user/deactivate') })}
${removeDialog(ctx, 'bulk-remove', slotted(t('bulkDialogTitle')))}`;
}
