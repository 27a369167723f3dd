/**
 * Wording the screenshot review found wrong, kept from coming back:
 * - Swedish names the user's mailbox one way ("postlåda"); "inkorg" is HubSpot's inbox only.
 * - The sync line ("Up to date · updated just now") never says the same word twice.
 * - A done plan step says "done" once, together with how that is known.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator, LOCALES, type MessageKey } from '../../lib/i18n';
import { catalogs } from '../../lib/i18n/all-locales';

const words = (text: string): string[] => text.toLocaleLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length > 2);

describe('Swedish: one word for the mailbox', () => {
  const sv = catalogs.sv as Record<string, string>;
  const en = catalogs.en as Record<string, string>;

  it('never says "brevlåda"', () => {
    expect(Object.entries(sv).filter(([, text]) => /brevlåd/i.test(text))).toEqual([]);
  });

  it('says "postlåda" wherever English says "mailbox", and not "inkorg" unless English says "inbox"', () => {
    const wrong = Object.keys(en).filter((key) => {
      const english = en[key]!.toLowerCase();
      const swedish = sv[key]!.toLowerCase();
      const mailbox = english.includes('mailbox');
      return (mailbox && !swedish.includes('postlåd')) || (/inkorg/.test(swedish) && !/inbox/.test(english));
    });
    expect(wrong).toEqual([]);
  });
});

describe('the sync line', () => {
  const ages: [MessageKey, Record<string, number>?][] = [['age.justNow'], ['age.minutes', { count: 5 }], ['age.hours', { count: 3 }], ['age.days', { count: 2 }]];

  it.each(LOCALES)('in %s does not repeat a word between the state and the data age', (locale) => {
    const t = createTranslator(locale);
    for (const [key, params] of ages) {
      const state = words(t('sync.state.idle'));
      const age = words(t('sync.dataAge', { age: t(key, params) }));
      expect(state.filter((word) => age.includes(word)), `${t('sync.state.idle')} · ${t('sync.dataAge', { age: t(key, params) })}`).toEqual([]);
    }
  });
});

describe('a done step', () => {
  it.each(LOCALES)('in %s starts with the done state once, then says how it is known', (locale) => {
    const t = createTranslator(locale);
    const done = t('plan.state.done');
    const ways = ['plan.completedBy.api', 'plan.completedBy.observed', 'plan.completedBy.confirmed'] as const;
    const texts = ways.map((key) => t(key));
    for (const text of texts) {
      expect(text.startsWith(`${done} — `), text).toBe(true);
      expect(text.split(done).length - 1, text).toBe(1);
    }
    // The three ways stay told apart (API vs page vs the user).
    expect(new Set(texts).size).toBe(3);
  });
});
