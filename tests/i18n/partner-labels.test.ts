import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../lib/i18n';
import { catalogs } from '../../lib/i18n/all-locales';
import { HUBSPOT_LABELS } from '../../lib/pages/hubspot/labels';

// The partner findings' fixes are rendered without parameters (side panel, support report), so
// they spell HubSpot's page path and the Client Access Manager out: exactly as the label table
// has them in that language, the words the user sees on HubSpot's page.
const NAMING_THE_PAGE = ['finding.partner-domain-shared.fix', 'finding.partner-domain-unset.fix', 'finding.partner-domain-stale.fix', 'finding.partner-domain-minority.fix'] as const;
const NAMING_THE_MANAGER = ['finding.partner-domain-shared.fix', 'finding.partner-domain-minority.fix'] as const;

describe('HubSpot’s partner labels in the partner findings', () => {
  it.each(LOCALES)('%s names Settings › Partner › Automation and the Client Access Manager as HubSpot does', (locale) => {
    const labels = HUBSPOT_LABELS[locale];
    const path = `${labels.settings} › ${labels.partner} › ${labels.automation}`;
    expect(NAMING_THE_PAGE.filter((key) => !catalogs[locale][key].includes(path))).toEqual([]);
    expect(NAMING_THE_MANAGER.filter((key) => !catalogs[locale][key].includes(labels.clientAccessManager))).toEqual([]);
  });
});
