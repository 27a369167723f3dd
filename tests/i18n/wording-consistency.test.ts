/**
 * Wording the screenshot review found wrong, kept from coming back:
 * - Swedish names the user's mailbox one way ("postlåda"); "inkorg" is HubSpot's inbox only.
 * - The sync line ("Up to date · updated just now") never says the same word twice.
 * - A done plan step says "done" once, together with how that is known.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator, LOCALES, type Catalog, type Message } from '../../lib/i18n';
import { templatesOf } from '../../lib/i18n/message';
import { catalogs } from '../../lib/i18n/all-locales';
import { formatAge } from '../../components/shared/age';

const words = (text: string): string[] => text.toLocaleLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length > 2);

describe('Swedish: one word for the mailbox', () => {
  // Every form of a plural message counts, joined.
  const texts = (catalog: Catalog): Record<string, string> =>
    Object.fromEntries(Object.entries(catalog).map(([key, message]: [string, Message]) => [key, templatesOf(message).join('\n')]));
  const sv = texts(catalogs.sv);
  const en = texts(catalogs.en);

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
  const now = Date.parse('2026-12-07T12:00:00Z');
  const ages = [now, now - 5 * 60_000, now - 3 * 3_600_000, now - 2 * 86_400_000].map((at) => new Date(at).toISOString());

  it.each(LOCALES)('in %s does not repeat a word between the state and the data age', (locale) => {
    const t = createTranslator(locale);
    for (const at of ages) {
      const state = words(t('sync.state.idle'));
      const age = words(t('sync.dataAge', { age: formatAge(at, now, t) }));
      expect(state.filter((word) => age.includes(word)), `${t('sync.state.idle')} · ${t('sync.dataAge', { age: formatAge(at, now, t) })}`).toEqual([]);
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
