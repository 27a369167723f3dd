import type { Catalog, MessageKey } from './locales/en';
import { format, PLACEHOLDER, render, templatesOf, type Message, type Params } from './message';
import { labelPlaceholder } from './page-labels';

export type { MessageKey, Catalog, Params, Message };
export { format };
export const LOCALES = ['en', 'de', 'nl', 'sv', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];

/** A translator: a message in one language, with its plural form and placeholders filled. */
export type Translate = ((key: MessageKey, params?: Params) => string) & {
  /** The language it writes: for Intl formatting next to its strings (dates, relative times). */
  readonly locale: Locale;
};

/**
 * The catalogs this JavaScript context has loaded. Extension pages and the background load the
 * languages they show (and English, the fallback) on demand from the package's catalog files
 * (./load-locale); unit tests and e2e register all five at once (./all-locales). Either way,
 * translating stays synchronous. A language other than English may lack a key (English is shown).
 */
const registry = new Map<Locale, Partial<Catalog>>();

export function registerCatalog(locale: Locale, catalog: Partial<Catalog>): void {
  registry.set(locale, catalog);
}

export function registeredCatalog(locale: Locale): Partial<Catalog> | undefined {
  return registry.get(locale);
}

/** Whether createTranslator(locale) can run: the locale's catalog and English's are registered. */
export function isLocaleLoaded(locale: Locale): boolean {
  return registry.has(locale) && registry.has('en');
}

function catalogOf(locale: Locale): Partial<Catalog> {
  const catalog = registry.get(locale);
  if (catalog) return catalog;
  // A context that skipped loadLocale, or a test that forgot all-locales: fail loudly instead of
  // silently showing English.
  throw new Error(`The ${locale} catalog is not loaded: await loadLocale('${locale}') (lib/i18n/load-locale) or import lib/i18n/all-locales`);
}

/** English, the reference catalog (every key); throws if it is not loaded. */
export const englishCatalog = (): Catalog => catalogOf('en') as Catalog;

/**
 * Whether `key` is a message (English has every key): for codes that become keys ("plan.audit.
 * action.<code>"), where a code a newer version wrote must fall back instead of showing the key.
 * English must be loaded, as it is wherever anything is translated.
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(englishCatalog(), key);
}

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

/**
 * A translator for a registered locale (see the registry above); throws if it is not loaded. A
 * `{table.key}` placeholder no param fills is the page's label in this language, quoted
 * (lib/i18n/page-labels.ts).
 */
export function createTranslator(locale: Locale): Translate {
  const catalog = catalogOf(locale);
  const english = englishCatalog();
  const translate = (key: MessageKey, params?: Params): string => {
    const own = catalog[key];
    return own === undefined ? render(english[key], 'en', params, (name) => labelPlaceholder(name, 'en')) : render(own, locale, params, (name) => labelPlaceholder(name, locale));
  };
  return Object.assign(translate, { locale });
}

/**
 * The {placeholder} names of a message, sorted and once each (a plural message: of all its forms;
 * a form may leave out {count}, e.g. "One mailbox"): used by the catalog consistency test.
 */
export function placeholdersOf(message: Message): string[] {
  const names = templatesOf(message).flatMap((template) => [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''));
  return [...new Set(names)].sort();
}
