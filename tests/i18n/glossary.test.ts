/**
 * The glossary (lib/i18n/glossary) over every catalog, every namespace included: a word the
 * glossary replaced, a required word missing, an English term left untranslated, another
 * language's quotation marks. A failure names the key, the word, what to write instead and why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../lib/i18n';
import { catalogs } from '../../lib/i18n/all-locales';
import { describeViolation, glossaryViolations } from '../../lib/i18n/glossary/check';
import { GLOSSARIES } from '../../lib/i18n/glossary';

/** The manifest's strings (store name and description), as a catalog. */
function manifestStrings(locale: Locale): Record<string, string> {
  const messages = JSON.parse(readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;
  return Object.fromEntries(Object.entries(messages).map(([key, entry]) => [key, entry.message]));
}

const LOCALES_DIR = new URL('../../lib/i18n/locales/', import.meta.url);

/** Which namespace file defines `key` in `locale` (lib/i18n/locales/<ns>/<locale>.ts), for the failure message. */
function fileOf(locale: Locale, key: string): string {
  const namespaces = readdirSync(LOCALES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const found = namespaces.find((ns) => readFileSync(new URL(`${ns}/${locale}.ts`, LOCALES_DIR), 'utf8').includes(`'${key}'`));
  return found ? `lib/i18n/locales/${found}/${locale}.ts` : `lib/i18n/locales/${locale}.ts`;
}

describe('the glossary', () => {
  it.each(LOCALES)('%s: every catalog uses the glossary’s words, address form and quotation marks', (locale) => {
    const violations = glossaryViolations(GLOSSARIES[locale], catalogs[locale], catalogs.en);
    // Each line: file, language, key, the word found, what to write instead, why, and the words around it.
    expect(violations.map((v) => `${fileOf(locale, v.key)}: ${describeViolation(v)}`)).toEqual([]);
  });

  it.each(LOCALES)('%s: the store listing (public/_locales) too', (locale) => {
    expect(glossaryViolations(GLOSSARIES[locale], manifestStrings(locale), manifestStrings('en')).map(describeViolation)).toEqual([]);
  });

  it.each(LOCALES)('%s: the five status words are the glossary’s', (locale) => {
    const terms = GLOSSARIES[locale].terms;
    for (const status of ['linked', 'broken', 'half-unlinked', 'not-linked', 'unknown'] as const) {
      expect(catalogs[locale][`status.${status}`], status).toBe(terms.find((term) => term.concept === `status.${status}`)?.word);
    }
  });
});
