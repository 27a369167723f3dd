import { isPartnerAccount } from '../actions/partner-actions';
import { actionEndpoint, type AppContext } from '../context';
import { html, type SafeHtml } from '../html';
import { layout } from '../layout';

/**
 * Settings > Partner > Automation: the partner employee email domain (URL chosen, see README.md).
 * A non-partner account has no Partner section, so the page does not exist there (404).
 */
export function partnerAutomationPage(ctx: AppContext, path: string): SafeHtml | undefined {
  const { t } = ctx;
  const title = html`<h1>${t('navPartner')}: ${t('navAutomation')}</h1>`;
  if (!isPartnerAccount(ctx)) return undefined;
  const allowed = ctx.me?.superAdmin === true;
  const lock = allowed ? '' : html` disabled aria-describedby="domain-locked"`;
  const current = ctx.scenario.portal.partner?.employeeEmailDomain ?? '';
  const content = html`${title}
<form data-endpoint="${actionEndpoint(ctx.portalId, 'partner/domain')}">
<label for="domain">${t('partnerDomain')}</label>
<input id="domain" name="domain" value="${current}" aria-describedby="domain-hint" autocomplete="off"${lock}>
<p id="domain-hint">${t('partnerDomainHint')}</p>
${allowed ? '' : html`<p id="domain-locked" class="notice">${t('errNotSuperAdmin')}</p>`}
<button type="submit"${lock}>${t('save')}</button>
<p role="alert"></p>
</form>`;
  return layout(ctx, t('navAutomation'), path, content);
}
