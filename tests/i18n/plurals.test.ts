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

/** Whether the language's `one` category holds the number 1 and no other whole number (en, de, nl, sv, pl; not French, not Russian). */
function onlyOneSelectsOne(locale: string): boolean {
  const rules = new Intl.PluralRules(locale);
  return Array.from({ length: 1001 }, (_, n) => n).filter((n) => rules.select(n) === 'one').join() === '1';
}

/** The template a plural message uses for `one` in `locale` (`other` when it has none). */
function oneFormOf(locale: (typeof LOCALES)[number], key: MessageKey): string {
  const message = catalogs[locale][key] as Message;
  return isPluralMessage(message) ? (message.one ?? message.other) : message;
}

describe('every count in a sentence', () => {
  const countParam = /\{(count|\w+Count)\}\s+(\p{L}+)/gu;

  it('is a plural message wherever a noun follows the count (English, the reference)', () => {
    const needsPlural = (Object.keys(en) as MessageKey[]).filter((key) => {
      const message = en[key] as Message;
      if (isPluralMessage(message)) return false;
      return [...message.matchAll(countParam)].some((m) => m[2] !== 'of');
    });
    expect(needsPlural).toEqual([]);
  });

  // 0, 1, 2, 5 and 22: English, German, Dutch and Swedish one/other; Polish one (1), few (2–4, 22–24), many (0, 5–21).
  it.each([
    ['en', ['0 mailboxes', '1 mailbox', '2 mailboxes', '5 mailboxes', '22 mailboxes'], ['0 of 1 step', '1 of 2 steps', '2 of 5 steps', '5 of 22 steps']],
    ['de', ['0 Postfächer', '1 Postfach', '2 Postfächer', '5 Postfächer', '22 Postfächer'], ['0 von 1 Schritt', '1 von 2 Schritten', '2 von 5 Schritten', '5 von 22 Schritten']],
    ['nl', ['0 mailboxen', '1 mailbox', '2 mailboxen', '5 mailboxen', '22 mailboxen'], ['0 van 1 stap', '1 van 2 stappen', '2 van 5 stappen', '5 van 22 stappen']],
    ['sv', ['0 postlådor', '1 postlåda', '2 postlådor', '5 postlådor', '22 postlådor'], ['0 av 1', '1 av 2', '2 av 5', '5 av 22']],
    ['pl', ['0 skrzynek pocztowych', '1 skrzynka pocztowa', '2 skrzynki pocztowe', '5 skrzynek pocztowych', '22 skrzynki pocztowe'], ['0 z 1 kroku', '1 z 2 kroków', '2 z 5 kroków', '5 z 22 kroków']],
  ] as const)('in %s: 0, 1, 2, 5 and 22 take the language’s form', (locale, mailboxes, steps) => {
    const t = createTranslator(locale);
    expect([0, 1, 2, 5, 22].map((count) => t('ui.badge.title', { count }))).toEqual(mailboxes.map((words) => expect.stringContaining(words)));
    expect([[0, 1], [1, 2], [2, 5], [5, 22]].map(([doneCount, count]) => t('ui.plan.progress', { doneCount: doneCount!, count: count! }))).toEqual(steps.map((words) => expect.stringContaining(words)));
    // Every plural message, in every count, has its count written and no placeholder left — except
    // that the `one` form may say "one" in words instead of "1" ("failed on 3 December" rather than
    // "failed 1 time"), which is only right where the language's `one` is the number 1 alone.
    const oneIsOnlyTheNumberOne = onlyOneSelectsOne(locale);
    for (const key of pluralKeys) {
      // Every other placeholder the English message names (a page label is the translator's) gets a value.
      const others = Object.fromEntries(placeholdersOf(en[key] as Message).filter((name) => name !== 'count' && !name.includes('.')).map((name) => [name, `‹${name}›`]));
      for (const count of [0, 1, 2, 5, 22]) {
        const text = t(key, { ...others, count, doneCount: 0 });
        const saysOneInWords = count === 1 && oneIsOnlyTheNumberOne && !placeholdersOf(oneFormOf(locale, key)).includes('count');
        expect(saysOneInWords || text.includes(String(count)), `${key} ${count}: the count is missing in “${text}”`).toBe(true);
        expect(text, `${key} ${count}`).not.toMatch(/\{[\w.]+\}/);
      }
    }
  });

  it('lets a `one` form say “one” in words only where `one` is the number 1 alone', () => {
    expect(LOCALES.map(onlyOneSelectsOne)).toEqual(LOCALES.map(() => true));
    // French `one` is 0 and 1, Russian `one` is 1, 21, 31…: there a `one` form must write its count.
    expect(['fr', 'ru'].map(onlyOneSelectsOne)).toEqual([false, false]);
  });

  it('writes every count the language’s way, not only `count`', () => {
    expect(createTranslator('de')('ui.list.count', { shownCount: 1200, totalCount: 25_000 })).toBe('1.200 von 25.000 angezeigt');
    expect(createTranslator('en')('sync.progress', { resource: 'Users', doneCount: 1200, totalCount: 25_000 })).toBe('Users: 1,200 of 25,000');
    expect(createTranslator('pl')('ui.plan.progress', { doneCount: 2, count: 22 })).toBe('Ukończono 2 z 22 kroków');
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

  it.each([
    ['en', ['1 day ago', '2 days ago', '5 days ago', '22 days ago']],
    ['de', ['vor 1 Tag', 'vor 2 Tagen', 'vor 5 Tagen', 'vor 22 Tagen']],
    ['nl', ['1 dag geleden', '2 dagen geleden', '5 dagen geleden', '22 dagen geleden']],
    ['sv', ['för 1 dag sedan', 'för 2 dagar sedan', 'för 5 dagar sedan', 'för 22 dagar sedan']],
    ['pl', ['1 dzień temu', '2 dni temu', '5 dni temu', '22 dni temu']],
  ] as const)('in %s, days past two: 2, 5 and 22 in the language’s forms', (locale, expected) => {
    const t = createTranslator(locale);
    // Under two days reads in hours; from two days on, in days.
    expect(formatAge(ago(36 * 3_600_000), now, t)).toMatch(/36/);
    expect([2, 5, 22].map((days) => formatAge(ago(days * 86_400_000), now, t))).toEqual(expected.slice(1));
  });
});
