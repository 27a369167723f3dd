/**
 * The glossary (lib/i18n/glossary) over every catalog, every namespace included: a word the
 * glossary replaced, a required word missing, an English term left untranslated, another
 * language's quotation marks. A failure names the key, the word, what to write instead and why.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../lib/i18n';
import { catalogs } from '../../lib/i18n/all-locales';
import { describeViolation, glossaryViolations } from '../../lib/i18n/glossary/check';
import { GLOSSARIES } from '../../lib/i18n/glossary';

describe('the glossary', () => {
  it.each(LOCALES)('%s: every catalog uses the glossary’s words, address form and quotation marks', (locale) => {
    const violations = glossaryViolations(GLOSSARIES[locale], catalogs[locale], catalogs.en);
    expect(violations.map(describeViolation)).toEqual([]);
  });

  it.each(LOCALES)('%s: the five status words are the glossary’s', (locale) => {
    const terms = GLOSSARIES[locale].terms;
    for (const status of ['linked', 'broken', 'half-unlinked', 'not-linked', 'unknown'] as const) {
      expect(catalogs[locale][`status.${status}`], status).toBe(terms.find((term) => term.concept === `status.${status}`)?.word);
    }
  });
});
