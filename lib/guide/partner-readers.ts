import type { RequestInputOf } from '../messaging/protocol';
import { PARTNER_AUTOMATION_PATH, readPartnerAutomation, readPartnerSection, SETTINGS_PATH } from '../pages/hubspot/partner-settings';
import { HUBSPOT_HOSTS, type PageReader } from './page-readers';

/** What a HubSpot settings page shows of the partner settings, as `partner/seen` carries it. */
export type PartnerReading = RequestInputOf<'partner/seen'>;

/**
 * HubSpot's partner settings (lib/pages/hubspot/partner-settings.ts). The Automation page first:
 * it is a settings page too, and its reading says more (the domain, and that the portal is a
 * partner). Every other settings page tells, by its sidebar, whether the portal is a partner.
 */
export const PARTNER_READERS: readonly PageReader<PartnerReading>[] = [
  {
    id: 'hubspot:partner-automation',
    hosts: HUBSPOT_HOSTS,
    matches: (url) => PARTNER_AUTOMATION_PATH.test(url.pathname),
    read(doc, url) {
      const page = readPartnerAutomation(doc, url.pathname);
      if (!page) {
        // The URL of a portal that is no partner: HubSpot shows no field, and a sidebar without Partner.
        const sidebar = readPartnerSection(doc, url.pathname);
        return sidebar?.partner === false ? { path: url.pathname, portalId: sidebar.portalId, partner: false, ...(sidebar.user ? { user: sidebar.user } : {}) } : undefined;
      }
      return {
        path: url.pathname,
        portalId: page.portalId,
        partner: true,
        ...(page.user ? { user: page.user } : {}),
        automation: { domain: page.domain, editable: page.editable },
      };
    },
  },
  {
    id: 'hubspot:settings-sidebar',
    hosts: HUBSPOT_HOSTS,
    matches: (url) => SETTINGS_PATH.test(url.pathname),
    read(doc, url) {
      const page = readPartnerSection(doc, url.pathname);
      if (!page) return undefined;
      return { path: url.pathname, portalId: page.portalId, partner: page.partner, ...(page.user ? { user: page.user } : {}) };
    },
  },
];
