/**
 * Changing the partner employee email domain (seeds 001, 004): Settings > Partner > Automation,
 * enter the domain, Save. HubSpot has no API for it (hubspot.md §7), and only a Super Admin may
 * (the background checks the Users API's superAdmin before starting). One guided step: the guide
 * points at the field until it holds the domain, then at "Save"; the step is done when the page,
 * read after saving, shows the new domain — observed, never assumed.
 */
import { PARTNER_DOMAIN_KIND } from '../../partner/facts';
import { defineFlow } from '../define';
import { partnerAutomationLink } from '../deep-links';

export default defineFlow({
  id: 'change-partner-domain',
  side: 'hubspot',
  steps: [
    {
      key: 'enter',
      kind: 'guided',
      title: 'plan.change-partner-domain.enter.title',
      explain: 'plan.change-partner-domain.enter.explain',
      deepLink: partnerAutomationLink,
      target: (context) => ({ page: 'hubspot-partner-automation', labelKey: 'partnerDomain', then: ['save'], fill: context.partnerDomain?.to ?? '' }),
      observe: (context) => ({ kind: PARTNER_DOMAIN_KIND, address: context.address, expect: { domain: [context.partnerDomain?.to ?? ''] } }),
    },
  ],
});
