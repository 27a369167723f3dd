import { describe, expect, it } from 'vitest';
import { createTranslator, LOCALES } from '../../lib/i18n';
import '../../lib/i18n/all-locales';
import { quote } from '../../lib/i18n/quotes';
import { HUBSPOT_LABELS } from '../../lib/pages/hubspot/labels';

// Every ui and finding string that sends the user to HubSpot's "Connected emails" page names it exactly as
// HubSpot's page does in that language (the label the guide looks for), so one card never calls
// the same page by two names.
const KEYS_NAMING_THE_PAGE = [
  'ui.crm.error',
  'ui.crm.observed',
  'ui.crm.openSettingsOnce',
  'ui.crm.openSettingsLink',
  'ui.chip.unknownHint',
  'ui.chip.unknownDetail',
  'ui.observation.crm-personal-inbox',
  'finding.grant-without-inbox.fix',
  'finding.stale-observation.fix',
] as const;

describe('the name of HubSpot’s Connected emails page', () => {
  it.each(LOCALES)('%s uses HubSpot’s own label, quoted, in every ui string that names the page', (locale) => {
    const t = createTranslator(locale);
    const label = quote(locale, HUBSPOT_LABELS[locale].connectedEmails);
    const wrong = KEYS_NAMING_THE_PAGE.filter((key) => !t(key, { age: '…' }).includes(label));
    expect(wrong).toEqual([]);
  });
});
