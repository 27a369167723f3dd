/**
 * The readable glossary (docs/glossary.md), rendered from the same data the check uses, so the
 * page cannot drift from the tests: tests/i18n/glossary-page.test.ts compares the committed page
 * with this rendering (`npx vitest run tests/i18n/glossary-page.test.ts -u` rewrites it).
 */
import { LOCALES, type Locale } from '../index';
import { QUOTES } from '../quotes';
import { GLOSSARIES } from './index';
import type { Concept, Glossary } from './types';

const NAMES: Readonly<Record<Locale, string>> = { en: 'English', de: 'German (Deutsch)', nl: 'Dutch (Nederlands)', sv: 'Swedish (svenska)', pl: 'Polish (polski)' };

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function overview(): string[] {
  const concepts = GLOSSARIES.en.terms.map((term) => term.concept);
  const wordOf = (locale: Locale, concept: Concept) => GLOSSARIES[locale].terms.find((term) => term.concept === concept)?.word ?? '—';
  return [
    `| Concept | ${LOCALES.map((locale) => locale).join(' | ')} |`,
    `| --- | ${LOCALES.map(() => '---').join(' | ')} |`,
    ...concepts.map((concept) => `| ${concept} | ${LOCALES.map((locale) => cell(wordOf(locale, concept))).join(' | ')} |`),
  ];
}

function section(glossary: Glossary): string[] {
  const { open, close } = QUOTES[glossary.locale];
  return [
    `## ${NAMES[glossary.locale]}`,
    '',
    `Address form: ${glossary.addressForm} Quotation marks: ${open}…${close}.`,
    '',
    '| Concept | English | Word | Source | Note |',
    '| --- | --- | --- | --- | --- |',
    ...glossary.terms.map((term) => `| ${term.concept} | ${cell(term.english)} | ${cell(term.word)} | ${cell(term.source)} | ${cell(term.note ?? '')} |`),
    '',
    ...(glossary.replaced.length
      ? [
          'Replaced (a catalog that uses these fails the glossary test):',
          '',
          '| Concept | Not | Write | Why | Allowed where the English says |',
          '| --- | --- | --- | --- | --- |',
          ...glossary.replaced.map((rule) => `| ${rule.concept} | \`${cell(rule.pattern.source)}\` | ${cell(rule.use)} | ${cell(rule.why)} | ${rule.unlessEnglish ? `\`${cell(rule.unlessEnglish.source)}\`` : ''} |`),
          '',
        ]
      : []),
  ];
}

export function renderGlossaryPage(): string {
  return [
    '# Glossary: one word per concept, per language',
    '',
    '<!-- Rendered from lib/i18n/glossary/*.ts by lib/i18n/glossary/page.ts; do not edit by hand:',
    '     change the glossary and run `npx vitest run tests/i18n/glossary-page.test.ts -u`. -->',
    '',
    'The words every catalog (`lib/i18n/locales/<namespace>/<lang>.ts`) uses, taken from HubSpot’s own',
    'articles and page labels where they exist (the seeds: German 000 and 001, Swedish 002, Dutch 003,',
    'Polish 004). `tests/i18n/glossary.test.ts` runs the check (`lib/i18n/glossary/check.ts`) over every',
    'namespace, also ones added later: a replaced word, a required word missing, an English word left',
    'untranslated, another language’s quotation marks — each failure names the file, the key, the word,',
    'what to write instead, why, and the words around it.',
    '',
    'Rules for every language:',
    '',
    '- A button, tab or page name of HubSpot, Google or Microsoft is never typed: write its placeholder',
    '  `{hubspot.disable}`, `{google.removeAccess}`, `{myapps.revoke}`, `{live.remove}` (tables in',
    '  `lib/pages/*/labels.ts`, resolved by `lib/i18n/page-labels.ts`). It comes out quoted in the',
    '  language’s marks, as the page shows it (`tests/i18n/page-label-quotes.test.ts`).',
    '- A count in a sentence is a plural message selected by `{count}` (Intl.PluralRules); other numbers',
    '  are named `…Count` so Intl.NumberFormat writes them; a label form (“Findings: {count}”) needs none.',
    '- Times “ago” come from Intl.RelativeTimeFormat (`formatAge`), dates and times from Intl.DateTimeFormat',
    '  (`lib/i18n/dates.ts`); never a raw ISO timestamp or a code (`tests/i18n/no-internal-codes.test.ts`).',
    '- “Side” is never the word for page: in German, Swedish and Polish “Seite”, “sida”, “strona” mean a',
    '  page, so the two sides are “in HubSpot” and “at the mail provider”.',
    '',
    '## Overview',
    '',
    ...overview(),
    '',
    ...LOCALES.flatMap((locale) => section(GLOSSARIES[locale])),
  ].join('\n');
}
