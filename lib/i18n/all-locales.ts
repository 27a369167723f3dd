/**
 * All five catalogs, registered on import: for contexts that translate into any language at any
 * moment without waiting (the background's badge and content-script replies, unit tests, e2e
 * expectations). Extension pages must not import this: they load one language on demand
 * (./load-locale), which keeps the other four out of their entry chunks.
 */
import { registerCatalog, type Catalog, type Locale } from './index';
import { de } from './locales/de';
import { en } from './locales/en';
import { nl } from './locales/nl';
import { pl } from './locales/pl';
import { sv } from './locales/sv';

export const catalogs: Readonly<Record<Locale, Catalog>> = { en, de, nl, sv, pl };

for (const [locale, catalog] of Object.entries(catalogs) as [Locale, Catalog][]) registerCatalog(locale, catalog);
