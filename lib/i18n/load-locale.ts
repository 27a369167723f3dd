/**
 * Loads a language's catalog on demand, in every extension context that translates (pages, the
 * popup, the background): the package holds each language once as a file (./catalog-files), and
 * a context fetches only the languages it shows plus English, the translator's fallback. Content
 * scripts never translate: the background sends them finished text. Loads are shared, so asking
 * twice fetches once; unit tests register the TypeScript catalogs instead (./all-locales), which
 * makes every load here a no-op.
 */
import { browser } from 'wxt/browser';
import { catalogFilePath, readCatalog, readEnglishCatalog } from './catalog-files';
import { createTranslator, englishCatalog, isLocaleLoaded, registerCatalog, registeredCatalog, type Locale, type Translate } from './index';

const pending = new Map<Locale, Promise<void>>();

async function fetchCatalogFile(locale: Locale): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(catalogFilePath(locale)));
  if (!response.ok) throw new Error(`The ${locale} catalog file did not load (HTTP ${response.status})`);
  return response.json();
}

function loadCatalog(locale: Locale): Promise<void> {
  if (registeredCatalog(locale)) return Promise.resolve();
  let load = pending.get(locale);
  if (!load) {
    const english = locale === 'en' ? undefined : loadCatalog('en');
    load = Promise.all([fetchCatalogFile(locale), english]).then(([json]) => {
      registerCatalog(locale, locale === 'en' ? readEnglishCatalog(json) : readCatalog(locale, json, englishCatalog()));
    });
    // A failed load may be retried by the next call rather than failing forever.
    load.catch(() => pending.delete(locale));
    pending.set(locale, load);
  }
  return load;
}

/** Resolves once createTranslator(locale) can run: the locale's catalog and English's are registered. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleLoaded(locale)) return;
  await loadCatalog(locale); // another language loads English first: its file is in English's key order
}

/** A translator for `locale`, its catalog loaded first if this context has not yet. */
export async function loadTranslator(locale: Locale): Promise<Translate> {
  await loadLocale(locale);
  return createTranslator(locale);
}
