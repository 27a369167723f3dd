/**
 * Buttons and page names a sentence quotes come from the label tables (lib/pages/<host>/labels.ts)
 * as `{table.key}` placeholders, never typed again: every catalog, every language, every quote.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator, LOCALES, type Locale, type MessageKey } from '../../lib/i18n';
import { catalogs } from '../../lib/i18n/all-locales';
import { LABEL_TABLES, labelPlaceholder, labelTexts, parseLabelPlaceholder } from '../../lib/i18n/page-labels';
import { PLACEHOLDER, templatesOf, type Message } from '../../lib/i18n/message';
import { QUOTES, quote } from '../../lib/i18n/quotes';

const entries = (locale: Locale): [string, string][] =>
  Object.entries(catalogs[locale]).map(([key, message]: [string, Message]) => [key, templatesOf(message).join('\n')]);

/** Every quotable label text in a language, with where it comes from. */
function labelsOf(locale: Locale): Map<string, string> {
  const labels = new Map<string, string>();
  for (const table of LABEL_TABLES) for (const [key, text] of Object.entries(labelTexts(table, locale))) labels.set(text, `${table}.${key}`);
  return labels;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asWord = (text: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, 'u');

describe('quoted page labels', () => {
  it.each(LOCALES)('%s: nothing a message quotes is a label typed again', (locale) => {
    const { open, close } = QUOTES[locale];
    const quoted = new RegExp(`${escape(open)}([^${escape(close)}]*)${escape(close)}`, 'gu');
    const labels = new Map([...labelsOf('en'), ...labelsOf(locale)]);
    const typed = entries(locale).flatMap(([key, text]) =>
      [...text.matchAll(quoted)].map((m) => m[1] ?? '').filter((inside) => labels.has(inside)).map((inside) => `${locale} ${key}: ${open}${inside}${close} → {${labels.get(inside)}} (without quotation marks: the translator adds them)`),
    );
    expect(typed).toEqual([]);
  });

  it.each(LOCALES)('%s: no step of a path (“Settings > Integrations”) is a label typed again', (locale) => {
    const labels = new Map([...labelsOf('en'), ...labelsOf(locale)]);
    const typed = entries(locale).flatMap(([key, text]) =>
      [...text.matchAll(/[^.:;()\n]+?(?:\s[>›]\s[^.:;()\n>›,]+)+/gu)]
        .flatMap((m) => m[0].split(/\s[>›]\s/).map((part) => part.trim().replace(/^.*[,;]\s*/, '')))
        .flatMap((part) => {
          const label = labels.has(part) ? part : [...labels.keys()].find((text) => part.endsWith(` ${text}`));
          return label === undefined ? [] : [`${locale} ${key}: path step “${part}” → {${labels.get(label)}}`];
        }),
    );
    expect(typed).toEqual([]);
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))('%s: no English label where the page has a translation', (locale) => {
    // A label no language translates ("Conversations") is a product's name, not English.
    const names = new Set(LOCALES.filter((other) => other !== 'en').flatMap((other) => [...labelsOf(other).keys()]));
    const english = [...labelsOf('en')].filter(([text]) => !names.has(text) && text.length > 3);
    const typed = entries(locale).flatMap(([key, text]) => {
      const bare = text.replace(PLACEHOLDER, '…');
      return english.filter(([label]) => asWord(label).test(bare)).map(([label, name]) => `${locale} ${key}: English label “${label}” → {${name}}`);
    });
    expect(typed).toEqual([]);
  });

  it('every {table.key} placeholder names a label that exists in all five languages', () => {
    const names = new Set(LOCALES.flatMap((locale) => entries(locale).flatMap(([, text]) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '')).filter((name) => name.includes('.'))));
    expect(names.size).toBeGreaterThan(10);
    const broken = [...names].filter((name) => !parseLabelPlaceholder(name) || LOCALES.some((locale) => labelPlaceholder(name, locale) === undefined));
    expect(broken).toEqual([]);
  });

  it.each(LOCALES)('%s: a quoted label reads as the page shows it in that language, in its quotation marks', (locale) => {
    const t = createTranslator(locale);
    let checked = 0;
    for (const [key, text] of entries('en')) {
      for (const name of [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((n) => n.includes('.'))) {
        const label = parseLabelPlaceholder(name)!;
        expect(t(key as MessageKey, { count: 1, age: '…' }), key).toContain(quote(locale, labelTexts(label.table, locale)[label.key]!));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
