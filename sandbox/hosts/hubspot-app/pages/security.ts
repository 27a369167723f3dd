import { actionEndpoint, isPointOfContact, type AppContext } from '../context';
import { html, type SafeHtml } from '../html';
import { layout } from '../layout';

/** Settings > General > Security > "Remove me from this account" (URL chosen, see README.md). */
export function securityPage(ctx: AppContext, path: string): SafeHtml | undefined {
  const { t } = ctx;
  const me = ctx.me;
  if (!me) return undefined;
  const blocked = isPointOfContact(ctx.scenario, me.id);
  const account = ctx.scenario.portal.name;
  const content = html`<h1>${t('navSecurity')}</h1>
<section aria-labelledby="remove-me-heading">
<h2 id="remove-me-heading">${t('removeMe')}</h2>
${blocked ? html`<p id="remove-me-blocked" class="notice">${t('removeMeBlocked')}</p>` : ''}
<button type="button" data-open-dialog="remove-me"${blocked ? html` disabled aria-describedby="remove-me-blocked"` : ''}>${t('removeMe')}</button>
</section>
<dialog id="remove-me" role="dialog" aria-modal="true" aria-labelledby="remove-me-title">
<h2 id="remove-me-title">${t('removeMeDialogTitle', { account })}</h2>
<form><p>${t('removeMeBody')}</p>
<label for="remove-me-email">${t('yourEmail')}</label>
<input id="remove-me-email" name="email" type="email" autocomplete="off" data-autofocus data-must-equal="${me.email}" data-gates="remove-me-submit"></form>
<p role="alert"></p>
<button type="button" data-close-dialog>${t('cancel')}</button>
<button type="button" id="remove-me-submit" data-submit data-endpoint="${actionEndpoint(ctx.portalId, 'self/remove')}" disabled>${t('removeMeConfirm')}</button>
</dialog>`;
  return layout(ctx, t('navSecurity'), path, content);
}
