/**
 * Counts in sentences follow each language's plural rules (Intl.PluralRules), and times "ago" are
 * the language's own words (Intl.RelativeTimeFormat), never a pasted number with a fixed noun.
 */
import { describe, expect, it } from 'vitest';
import { formatAge } from '../../components/shared/age';
import { createTranslator, LOCALES, placeholdersOf, type MessageKey } from '../../lib/i18n';
import { catalogs } from '../../lib/i18n/all-locales';
import { en } from '../../lib/i18n/locales/en';
import { isPluralMessage, pluralCategoriesOf, render, type Message } from '../../lib/i18n/message';

const pluralKeys = (Object.keys(en) as MessageKey[]).filter((key) => isPluralMessage(en[key] as Message));

describe('plural messages', () => {
  it('exist (the badge, the sync interval and the export count at least)', () => {
    expect(pluralKeys).toEqual(expect.arrayContaining(['ui.badge.title', 'options.sync.minutes', 'options.data.exported']));
  });

  it.each(LOCALES)('in %s have exactly the plural categories of the language, each with the same placeholders', (locale) => {
    const categories = pluralCategoriesOf(locale);
    for (const key of pluralKeys) {
      const message = catalogs[locale][key] as Message;
      expect(isPluralMessage(message), `${locale} ${key} is plural`).toBe(true);
      if (!isPluralMessage(message)) continue;
      expect(Object.keys(message).sort(), `${locale} ${key}`).toEqual(categories);
      const names = placeholdersOf(en[key] as Message).filter((name) => name !== 'count');
      for (const [category, text] of Object.entries(message)) {
        expect(placeholdersOf(text!).filter((name) => name !== 'count'), `${locale} ${key} ${category}`).toEqual(names);
      }
    }
  });

  it('Polish distinguishes 1, 2–4, 5+ and 22 (few again)', () => {
    const t = createTranslator('pl');
    expect([1, 2, 5, 22, 0].map((count) => t('ui.badge.title', { count }))).toEqual([
      'Inboxlink: 1 skrzynka pocztowa wymaga uwagi',
      'Inboxlink: 2 skrzynki pocztowe wymagają uwagi',
      'Inboxlink: 5 skrzynek pocztowych wymaga uwagi',
      'Inboxlink: 22 skrzynki pocztowe wymagają uwagi',
      'Inboxlink: 0 skrzynek pocztowych wymaga uwagi',
    ]);
  });

  it.each([
    ['en', 'Inboxlink: 1 mailbox needs attention', 'Inboxlink: 2 mailboxes need attention'],
    ['de', 'Inboxlink: 1 Postfach braucht Aufmerksamkeit', 'Inboxlink: 2 Postfächer brauchen Aufmerksamkeit'],
    ['nl', 'Inboxlink: 1 mailbox vraagt aandacht', 'Inboxlink: 2 mailboxen vragen aandacht'],
    ['sv', 'Inboxlink: 1 postlåda behöver uppmärksamhet', 'Inboxlink: 2 postlådor behöver uppmärksamhet'],
  ] as const)('%s says one mailbox in the singular and more in the plural', (locale, one, two) => {
    const t = createTranslator(locale);
    expect(t('ui.badge.title', { count: 1 })).toBe(one);
    expect(t('ui.badge.title', { count: 2 })).toBe(two);
    expect(t('ui.badge.title', { count: 5 })).not.toBe(t('ui.badge.title', { count: 1 }).replace('1', '5'));
  });

  it('writes a count the language’s way', () => {
    expect(render('{count}', 'en', { count: 10_000 })).toBe('10,000');
    expect(render('{count}', 'de', { count: 10_000 })).toBe('10.000');
    // An id passed as a number is not a count: left as it is.
    expect(render('{portal}', 'de', { portal: 12345678 })).toBe('12345678');
  });
});

describe('how long ago', () => {
  const now = Date.parse('2026-12-07T12:00:00Z');
  const ago = (ms: number) => new Date(now - ms).toISOString();

  it.each([
    ['en', '5 minutes ago', '3 hours ago', '2 days ago'],
    ['de', 'vor 5 Minuten', 'vor 3 Stunden', 'vor 2 Tagen'],
    ['nl', '5 minuten geleden', '3 uur geleden', '2 dagen geleden'],
    ['sv', 'för 5 minuter sedan', 'för 3 timmar sedan', 'för 2 dagar sedan'],
    ['pl', '5 minut temu', '3 godziny temu', '2 dni temu'],
  ] as const)('in %s comes from Intl.RelativeTimeFormat', (locale, minutes, hours, days) => {
    const t = createTranslator(locale);
    expect(formatAge(ago(5 * 60_000), now, t)).toBe(minutes);
    expect(formatAge(ago(3 * 3_600_000), now, t)).toBe(hours);
    expect(formatAge(ago(2 * 86_400_000), now, t)).toBe(days);
    expect(formatAge(ago(20_000), now, t)).toBe(t('age.justNow'));
  });

  it('Polish singular and "few" forms of minutes', () => {
    const t = createTranslator('pl');
    expect(formatAge(ago(60_000), now, t)).toBe('1 minutę temu');
    expect(formatAge(ago(22 * 60_000), now, t)).toBe('22 minuty temu');
  });
});
