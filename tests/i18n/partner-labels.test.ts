import { describe, expect, it } from 'vitest';
import { createTranslator, LOCALES, type MessageKey } from '../../lib/i18n';
import { quotedLabel } from '../../lib/i18n/page-labels';

// The partner findings' fixes are rendered without parameters (side panel, support report): they
// name HubSpot's page path and the Client Access Manager by label placeholders, so the reader
// sees exactly the label table's words in their language, in its quotation marks.
const NAMING_THE_PAGE = ['finding.partner-domain-shared.fix', 'finding.partner-domain-unset.fix', 'finding.partner-domain-stale.fix', 'finding.partner-domain-minority.fix'] as const;
const NAMING_THE_MANAGER = ['finding.partner-domain-shared.fix', 'finding.partner-domain-minority.fix'] as const;

describe('HubSpot’s partner labels in the partner findings', () => {
  it.each(LOCALES)('%s names Settings > Partner > Automation and the Client Access Manager as HubSpot does', (locale) => {
    const t = createTranslator(locale);
    const label = (key: string): string => quotedLabel('hubspot', key, locale)!;
    const path = `${label('settings')} > ${label('partner')} > ${label('automation')}`;
    expect(NAMING_THE_PAGE.filter((key) => !t(key as MessageKey).includes(path))).toEqual([]);
    expect(NAMING_THE_MANAGER.filter((key) => !t(key as MessageKey).includes(label('clientAccessManager')))).toEqual([]);
  });
});
