/**
 * Loads a language's catalog on demand, for extension pages: each locale is its own chunk (a
 * dynamic import per file, so Vite splits them), and a page fetches only the one it shows plus
 * English, the translator's fallback. Loads are shared, so asking twice fetches once.
 */
import { isLocaleLoaded, registerCatalog, type Catalog, type Locale } from './index';

const importers: Readonly<Record<Locale, () => Promise<Catalog>>> = {
  en: () => import('./locales/en').then((module) => module.en),
  de: () => import('./locales/de').then((module) => module.de),
  nl: () => import('./locales/nl').then((module) => module.nl),
  sv: () => import('./locales/sv').then((module) => module.sv),
  pl: () => import('./locales/pl').then((module) => module.pl),
};

const pending = new Map<Locale, Promise<void>>();

function loadCatalog(locale: Locale): Promise<void> {
  let load = pending.get(locale);
  if (!load) {
    load = importers[locale]().then((catalog) => registerCatalog(locale, catalog));
    // A failed chunk load may be retried by the next call rather than failing forever.
    load.catch(() => pending.delete(locale));
    pending.set(locale, load);
  }
  return load;
}

/** Resolves once createTranslator(locale) can run: the locale's catalog and English's are registered. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleLoaded(locale)) return;
  await Promise.all([loadCatalog(locale), loadCatalog('en')]);
}
