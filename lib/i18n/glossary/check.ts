/**
 * The glossary as a check over a catalog: a word the glossary replaced, a required word missing, an
 * English term left untranslated, a quotation mark of another language. Pure: it takes the
 * catalogs, so tests run it over every namespace, including ones added later.
 */
import type { Locale } from '../index';
import { PLACEHOLDER, templatesOf, type Message } from '../message';
import { QUOTES } from '../quotes';
import type { Concept, Glossary } from './types';

export interface Violation {
  locale: Locale;
  key: string;
  concept: Concept;
  /** What the message says that it should not (or the word it lacks). */
  found: string;
  use: string;
  why: string;
  /** The words around `found`, so a failure shows the sentence to mend without opening the catalog. */
  excerpt?: string;
}

/** Up to `radius` characters either side of the match, on one line. */
function excerptAround(text: string, index: number, length: number, radius = 30): string {
  const start = Math.max(0, index - radius);
  const end = Math.min(text.length, index + length + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}

/** The message's text without its placeholders: a quoted page label or a name is never checked. */
export function checkedText(message: Message): string {
  return templatesOf(message)
    .map((template) => template.replace(PLACEHOLDER, '…'))
    .join('\n');
}

/** Quotation marks of any language, and straight quotes (never typographic text). */
const ALL_MARKS = /["'“”„‘’«»‚]/gu;
/**
 * An apostrophe is no quotation mark: inside a word (“agenda’s”) always, and anywhere in a
 * language whose quotes do not use ’ (“users’ mailboxes”).
 */
const apostrophes = (locale: Locale): RegExp => (QUOTES[locale].close === '’' ? /(?<=\p{L})’(?=\p{L})/gu : /’/gu);

function quoteViolations(locale: Locale, key: string, text: string): Violation[] {
  const { open, close } = QUOTES[locale];
  const marks = [...text.replace(apostrophes(locale), '').matchAll(ALL_MARKS)].map((m) => m[0]);
  const foreign = marks.filter((mark) => mark !== open && mark !== close);
  const opens = marks.filter((mark) => mark === open).length;
  const closes = marks.filter((mark) => mark === close).length;
  const unbalanced = open === close ? opens % 2 !== 0 : opens !== closes;
  if (foreign.length === 0 && !unbalanced) return [];
  return [{
    locale,
    key,
    concept: 'quotes',
    found: foreign.length ? foreign.join(' ') : `${opens}× ${open} / ${closes}× ${close}`,
    use: `${open}…${close}`,
    why: 'One quotation style per language.',
  }];
}

/** Everything `catalog` says against `glossary`; `english` is the reference catalog (same keys). */
export function glossaryViolations(
  glossary: Glossary,
  catalog: Readonly<Record<string, Message>>,
  english: Readonly<Record<string, Message>>,
): Violation[] {
  const { locale } = glossary;
  const violations: Violation[] = [];
  for (const [key, message] of Object.entries(catalog)) {
    const text = checkedText(message);
    const source = english[key] === undefined ? '' : checkedText(english[key]);
    for (const rule of glossary.replaced) {
      const match = rule.pattern.exec(text);
      if (match && !(rule.unlessEnglish?.test(source) ?? false)) {
        violations.push({ locale, key, concept: rule.concept, found: match[0], use: rule.use, why: rule.why, excerpt: excerptAround(text, match.index, match[0].length) });
      }
    }
    for (const rule of glossary.required) {
      if (rule.whenEnglish.test(source) && !rule.pattern.test(text)) {
        violations.push({ locale, key, concept: rule.concept, found: `(no ${rule.use})`, use: rule.use, why: `The English says “${rule.whenEnglish.exec(source)?.[0] ?? ''}”.` });
      }
    }
    if (locale !== 'en') {
      // An API's English name ("Users-API", "Owners API") is a name, not an untranslated word.
      const named = text.replace(/\p{L}+[-\s]API(?!\p{L})/gu, '…');
      for (const term of glossary.terms) {
        const match = term.notEnglish?.exec(named);
        if (match) violations.push({ locale, key, concept: term.concept, found: match[0], use: term.word, why: 'An English word where the language has its own.', excerpt: excerptAround(named, match.index, match[0].length) });
      }
    }
    violations.push(...quoteViolations(locale, key, text));
  }
  return violations;
}

/** A violation as one readable line for a test's failure message. */
export const describeViolation = (v: Violation): string =>
  `${v.locale} ${v.key}: “${v.found}” → ${v.use} (${v.concept}: ${v.why})${v.excerpt ? ` in “${v.excerpt}”` : ''}`;
