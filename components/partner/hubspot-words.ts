import type { Translate } from '../../lib/i18n';
import { partnerAutomationPath } from '../../lib/pages/hubspot/partner-settings';
import type { PartnerPortal } from '../../lib/partner/facts';

/** Settings > Partner > Automation of the portal, on its own UI host. */
export const automationUrl = (portal: PartnerPortal): string => `https://${portal.uiHost}${partnerAutomationPath(portal.id)}`;

/** HubSpot's settings of the portal (their sidebar shows whether it is a partner account). */
export const settingsUrl = (portal: PartnerPortal): string => `https://${portal.uiHost}/settings/${portal.id}/users`;

/** "a, b and c" the language's way. */
export function listOf(t: Translate, items: readonly string[]): string {
  return new Intl.ListFormat(t.locale, { style: 'long', type: 'conjunction' }).format(items);
}
