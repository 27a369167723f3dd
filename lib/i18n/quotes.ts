import type { Locale } from './index';

/**
 * How each language quotes a name (a page's button, a page title, a channel's name): one style per
 * language, so a Dutch card never mixes ‘…’, “…” and „…”. German and Polish open low; Swedish
 * closes both ends with ”; Dutch uses single quotes (the apostrophe ’ is its closing mark too).
 * tests/i18n/glossary.test.ts checks every catalog uses only its language's marks.
 */
export const QUOTES: Readonly<Record<Locale, { readonly open: string; readonly close: string }>> = {
  en: { open: '“', close: '”' },
  de: { open: '„', close: '“' },
  nl: { open: '‘', close: '’' },
  sv: { open: '”', close: '”' },
  pl: { open: '„', close: '”' },
};

/** `text` in the language's quotation marks. */
export function quote(locale: Locale, text: string): string {
  const { open, close } = QUOTES[locale];
  return `${open}${text}${close}`;
}
