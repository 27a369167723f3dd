import { isPartnerAccount } from './actions/partner-actions';
import { clientScript } from './client-script';
import type { AppContext } from './context';
import { html, trusted, type SafeHtml } from './html';
import type { LabelKey } from './labels/index';

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;color:#213343;display:grid;grid-template-columns:15rem 1fr;grid-template-rows:auto 1fr;min-height:100vh}
header{grid-column:1/3;background:#2d3e50;color:#fff;padding:.5rem 1rem;display:flex;justify-content:space-between}
nav{background:#f5f8fa;padding:1rem}nav ul{list-style:none;padding-left:.5rem;margin:.25rem 0 1rem}
nav a[aria-current=page]{font-weight:bold}main{padding:1rem 2rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.5rem;border-bottom:1px solid #dfe3eb}
.row-actions{opacity:0;position:relative}tr:hover .row-actions,tr:focus-within .row-actions{opacity:1}
.row-actions:has([aria-expanded=true]){opacity:1;z-index:10}
[role=menu]{z-index:10}
tr.is-disabled td.dim{color:#99acc2;font-style:italic}
[role=alert]:not(:empty),.notice{color:#b3093c;margin:.5rem 0}
dialog{border:1px solid #cbd6e2;border-radius:4px;min-width:24rem}
[role=menu]{list-style:none;margin:0;padding:.25rem;background:#fff;border:1px solid #cbd6e2;position:absolute}
[role=tab][aria-selected=true]{border-bottom:3px solid #0091ae}
:focus-visible{outline:2px solid #0091ae;outline-offset:2px}
`;

interface NavLink {
  key: LabelKey;
  href: string;
}

function navGroups(ctx: AppContext): { heading: LabelKey; links: NavLink[] }[] {
  const p = ctx.portalId;
  return [
    { heading: 'navGeneral', links: [{ key: 'navSecurity', href: `/settings/${p}/security` }] },
    { heading: 'navIntegrations', links: [{ key: 'navEmailIntegrations', href: `/settings/${p}/user-preferences/email` }] },
    { heading: 'navUsersTeams', links: [{ key: 'navUsersTeams', href: `/settings/${p}/users` }] },
    { heading: 'navConversations', links: [{ key: 'navInboxes', href: `/live-messages-settings/${p}/inboxes` }] },
    // Only partner accounts have the Partner section (seeds 001, 004): it is how a page tells one.
    ...(isPartnerAccount(ctx) ? [{ heading: 'navPartner' as const, links: [{ key: 'navAutomation' as const, href: `/settings/${p}/partner/automation` }] }] : []),
    { heading: 'navAccountBilling', links: [{ key: 'companyInfo', href: `/account-and-billing/${p}/contacts` }] },
  ];
}

/** The page shell: `<html lang>`, header, settings sidebar, main content and the one script. */
export function layout(ctx: AppContext, title: string, currentPath: string, content: SafeHtml): SafeHtml {
  const { t } = ctx;
  const nav = navGroups(ctx).map(
    (group) => html`<h2>${t(group.heading)}</h2><ul>${group.links.map(
      (link) => html`<li><a href="${link.href}" ${link.href === currentPath ? trusted('aria-current="page"') : ''}>${t(link.key)}</a></li>`,
    )}</ul>`,
  );
  return html`<!doctype html>
<html lang="${ctx.language}">
<head><meta charset="utf-8"><title>${title} | HubSpot</title><style>${trusted(STYLE)}</style></head>
<body data-error-generic="${t('errorGeneric')}">
<header><span>${ctx.scenario.portal.name} (${ctx.portalId})</span>${ctx.me ? html`<span>${t('signedInAs', { email: ctx.me.email })}</span>` : ''}</header>
<nav aria-label="${t('settings')}">${nav}</nav>
<main>${content}</main>
<script>${trusted(clientScript)}</script>
</body>
</html>`;
}

/** A confirmation dialog: heading, body, cancel and one confirm button that POSTs. */
export function confirmDialog(opts: {
  id: string;
  ctx: AppContext;
  title: SafeHtml | string;
  body: SafeHtml | string;
  confirmLabel: string;
  endpoint: string;
}): SafeHtml {
  const headingId = `${opts.id}-title`;
  return html`<dialog id="${opts.id}" role="dialog" aria-modal="true" aria-labelledby="${headingId}">
<h2 id="${headingId}">${opts.title}</h2>
<p>${opts.body}</p>
<p role="alert"></p>
<button type="button" data-close-dialog>${opts.ctx.t('cancel')}</button>
<button type="button" data-submit data-endpoint="${opts.endpoint}">${opts.confirmLabel}</button>
</dialog>`;
}

/** A title with a slot filled from the opener's data-vars, e.g. "Disable {address}?". */
export function slotted(template: string): SafeHtml {
  const parts = template.split(/\{(\w+)\}/);
  return html`${parts.map((part, i) => (i % 2 === 1 ? html`<span data-slot="${part}"></span>` : part))}`;
}
