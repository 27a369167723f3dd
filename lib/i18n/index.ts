import { en, type Catalog, type MessageKey } from './locales/en';
import { de } from './locales/de';
import { nl } from './locales/nl';
import { sv } from './locales/sv';
import { pl } from './locales/pl';

export type { MessageKey, Catalog };
export const LOCALES = ['en', 'de', 'nl', 'sv', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];

export const catalogs: Readonly<Record<Locale, Catalog>> = { en, de, nl, sv, pl };

export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The UI language: the user's explicit choice if any, else the first of the browser's preferred
 * languages we speak (matching "de-AT" to "de"), else English.
 */
export function resolveLocale(choice: string | undefined, browserLanguages: readonly string[]): Locale {
  if (isLocale(choice)) return choice;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** Fills {placeholders}; an unknown placeholder stays visible rather than silently vanishing. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function createTranslator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, params) => format(catalog[key] ?? en[key], params);
}

/** The {placeholder} names of a template, sorted: used by the catalog consistency test. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
