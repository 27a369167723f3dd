import type { TeamChannel } from '../../../core/scenario';
import { actionEndpoint, displayName, type AppContext } from '../context';
import { html, jsonAttr, type SafeHtml } from '../html';
import { confirmDialog, layout, slotted } from '../layout';
import { PROVIDER_NAMES } from './connected-emails';

const liveChannels = (ctx: AppContext, inboxId: string): TeamChannel[] =>
  (ctx.scenario.teamChannels ?? []).filter((c) => c.inboxId === inboxId && !c.archived);

const liveInboxes = (ctx: AppContext) => (ctx.scenario.inboxes ?? []).filter((i) => !i.archived);

/** Conversations > Inbox settings: the inboxes, each linking to its Channels page. */
export function inboxesPage(ctx: AppContext, path: string): SafeHtml {
  const { t } = ctx;
  const inboxes = liveInboxes(ctx);
  const list = inboxes.length
    ? html`<ul>${inboxes.map(
        (inbox) => html`<li><a href="/live-messages-settings/${ctx.portalId}/inboxes/${encodeURIComponent(inbox.id)}/channels">${t('manageChannels', { inbox: inbox.name })}</a> (${t('channelCount', { count: liveChannels(ctx, inbox.id).length })})</li>`,
      )}</ul>`
    : html`<p>${t('noInboxes')}</p>`;
  return layout(ctx, t('inboxSettings'), path, html`<h1>${t('inboxSettings')}</h1>${list}`);
}

function channelRow(ctx: AppContext, channel: TeamChannel): SafeHtml {
  const { t } = ctx;
  const connected = channel.active !== false && channel.authorized !== false;
  const payload = jsonAttr({ channelId: channel.id });
  const by = ctx.scenario.users.find((user) => user.id === channel.connectedByUserId);
  return html`<tr data-channel-id="${channel.id}" data-address="${channel.address}">
<td>${channel.name ? html`${channel.name} &lt;${channel.address}&gt;` : channel.address} (${t('teamEmail')})</td>
<td>${PROVIDER_NAMES[channel.provider]}</td>
<td>${connected ? t('statusConnected') : t('statusDisconnected')}</td>
<td>${by ? html`${displayName(by)} (${by.email})` : ''}</td>
<td><span class="row-actions"><button type="button" data-open-dialog="delete-channel" data-payload="${payload}" data-vars="${jsonAttr({ address: channel.address })}">${t('deleteChannel')}</button></span></td>
</tr>`;
}

/**
 * Inbox settings > Channels, with who connected each channel (the user whose account the channel
 * runs under; HubSpot's own column name and place are unverified). As in HubSpot, "Delete" appears when the row is hovered; it also
 * appears on keyboard focus, and stays in the accessibility tree so the guide can find it.
 */
export function channelsPage(ctx: AppContext, path: string, params: readonly string[]): SafeHtml | undefined {
  const { t } = ctx;
  const inbox = liveInboxes(ctx).find((i) => i.id === params[0]);
  if (!inbox) return undefined;
  const channels = liveChannels(ctx, inbox.id);
  const table = channels.length
    ? html`<table><caption>${t('channels')}</caption><thead><tr><th scope="col">${t('colChannel')}</th><th scope="col">${t('colProvider')}</th><th scope="col">${t('colStatus')}</th><th scope="col">${t('colConnectedBy')}</th><th scope="col">${t('actions')}</th></tr></thead>
<tbody>${channels.map((c) => channelRow(ctx, c))}</tbody></table>`
    : html`<p>${t('noChannels')}</p>`;
  const content = html`<p><a href="/live-messages-settings/${ctx.portalId}/inboxes">${t('inboxSettings')}</a></p>
<h1>${t('channels')}: ${inbox.name}</h1>${table}
${confirmDialog({ id: 'delete-channel', ctx, title: slotted(t('deleteChannelDialogTitle')), body: t('deleteChannelDialogBody'), confirmLabel: t('yesDelete'), endpoint: actionEndpoint(ctx.portalId, 'channel/delete') })}`;
  return layout(ctx, t('channels'), path, content);
}
