import type { PersonalInbox, Provider } from '../../../core/scenario';
import { actionEndpoint, type AppContext } from '../context';
import { html, jsonAttr, type SafeHtml } from '../html';
import type { LabelKey } from '../labels/index';
import { confirmDialog, layout, slotted } from '../layout';

export const PROVIDER_NAMES: Record<Provider, string> = {
  google: 'Gmail',
  microsoft365: 'Office 365',
  outlook: 'Outlook.com',
  imap: 'IMAP',
};

const ERROR_LABELS: Record<NonNullable<PersonalInbox['error']>, LabelKey> = {
  'access-revoked': 'inboxErrorAccessRevoked',
  'password-changed': 'inboxErrorPasswordChanged',
  'sync-error': 'inboxErrorSyncError',
};

function inboxRow(ctx: AppContext, inbox: PersonalInbox): SafeHtml {
  const { t } = ctx;
  const disabled = inbox.state === 'disabled';
  const payload = jsonAttr({ address: inbox.address });
  const button = disabled
    ? html`<button type="button" data-open-dialog="remove-inbox" data-payload="${payload}" data-vars="${payload}">${t('remove')}</button>`
    : html`<button type="button" data-open-dialog="disable-inbox" data-payload="${payload}" data-vars="${payload}">${t('disable')}</button>`;
  return html`<tr data-address="${inbox.address}" data-state="${inbox.state}"${disabled ? html` class="is-disabled" aria-disabled="true"` : ''}>
<td class="dim">${inbox.address}</td>
<td class="dim">${PROVIDER_NAMES[inbox.provider]}</td>
<td>${disabled ? t('statusDisabled') : t('statusConnected')}${inbox.error ? html`<p class="notice" role="status">${t(ERROR_LABELS[inbox.error])}</p>` : ''}</td>
<td class="dim">${inbox.lastSyncAt ? html`<time datetime="${inbox.lastSyncAt}">${inbox.lastSyncAt.slice(0, 10)}</time>` : '—'}</td>
<td>${button}</td>
</tr>`;
}

/** Settings > Integrations > Email integrations, tab "Connected emails": the user's own inboxes. */
export function connectedEmailsPage(ctx: AppContext, path: string): SafeHtml {
  const { t } = ctx;
  const inboxes = (ctx.scenario.personalInboxes ?? []).filter((i) => i.userId === ctx.me?.id && i.state !== 'removed');
  const table = inboxes.length
    ? html`<table><thead><tr><th scope="col">${t('colEmailAddress')}</th><th scope="col">${t('colProvider')}</th><th scope="col">${t('colStatus')}</th><th scope="col">${t('colLastSync')}</th><th scope="col">${t('actions')}</th></tr></thead>
<tbody>${inboxes.map((inbox) => inboxRow(ctx, inbox))}</tbody></table>`
    : html`<p>${t('noConnectedEmails')}</p>`;
  // A search box over the list, as HubSpot's settings tables have: typing hides the rows that do
  // not match (the page's script), so a searched list shows only part of the inboxes.
  const search = inboxes.length
    ? html`<p><input type="search" aria-label="${t('searchConnectedEmails')}" data-filter-rows="panel-connected"></p>`
    : '';
  const content = html`<h1>${t('navEmailIntegrations')}</h1>
<div role="tablist" aria-label="${t('navEmailIntegrations')}"><button type="button" role="tab" id="tab-connected" aria-selected="true" aria-controls="panel-connected">${t('connectedEmails')}</button></div>
<section role="tabpanel" id="panel-connected" aria-labelledby="tab-connected">${search}${table}</section>
${confirmDialog({ id: 'disable-inbox', ctx, title: slotted(t('disableDialogTitle')), body: t('disableDialogBody'), confirmLabel: t('yesDisable'), endpoint: actionEndpoint(ctx.portalId, 'inbox/disable') })}
${confirmDialog({ id: 'remove-inbox', ctx, title: slotted(t('removeInboxDialogTitle')), body: t('removeInboxDialogBody'), confirmLabel: t('yesRemoveInbox'), endpoint: actionEndpoint(ctx.portalId, 'inbox/remove') })}`;
  return layout(ctx, t('navEmailIntegrations'), path, content);
}
