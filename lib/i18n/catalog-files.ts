/**
 * The catalogs as the package holds them: one JSON file per language under `i18n/`, written at
 * build time from locales/<lang>.ts (modules/packaged-data.ts) and fetched by whichever context
 * shows that language (./load-locale). Each language is in the package once, instead of a copy in
 * every entry point's bundle.
 *
 * English, the reference and every language's fallback (always loaded), is an object of key →
 * message. Every other language is the array of its messages in English's key order, `null` where
 * it has none: the keys are then stored once, which takes a quarter off the catalogs' packed
 * size. The decoder refuses a file that does not line up with English's keys (files of two builds).
 */
import type { Catalog } from './locales/en';
import type { Message } from './message';
import type { Locale } from './index';

/** The package path of a language's catalog file (a public path: browser.runtime.getURL). */
export const catalogFilePath = (locale: Locale) => `/i18n/${locale}.json` as const;

/** The catalog files' package paths and contents, English's key order giving the others' order. */
export function catalogFiles(catalogs: Readonly<Record<Locale, Catalog>>): { path: ReturnType<typeof catalogFilePath>; contents: string }[] {
  const keys = Object.keys(catalogs.en) as (keyof Catalog)[];
  return (Object.entries(catalogs) as [Locale, Catalog][]).map(([locale, catalog]) => ({
    path: catalogFilePath(locale),
    contents: JSON.stringify(locale === 'en' ? catalog : keys.map((key) => catalog[key] ?? null)),
  }));
}

function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { other?: unknown }).other === 'string'
    && Object.values(value).every((form) => typeof form === 'string');
}

/** English's catalog from its file's parsed JSON. */
export function readEnglishCatalog(json: unknown): Catalog {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('The en catalog file is not an object of messages');
  const bad = Object.entries(json).find(([, message]) => !isMessage(message));
  if (bad) throw new Error(`The en catalog file's "${bad[0]}" is not a message`);
  return json as Catalog;
}

/** Another language's catalog from its file's parsed JSON (an array in `english`'s key order). */
export function readCatalog(locale: Locale, json: unknown, english: Catalog): Partial<Catalog> {
  const keys = Object.keys(english);
  if (!Array.isArray(json) || json.length !== keys.length) {
    throw new Error(`The ${locale} catalog file does not match the en catalog's ${keys.length} keys (files of different builds?)`);
  }
  const catalog: Record<string, Message> = {};
  json.forEach((message: unknown, index) => {
    if (message === null) return;
    if (!isMessage(message)) throw new Error(`The ${locale} catalog file's "${keys[index]}" is not a message`);
    catalog[keys[index] as string] = message;
  });
  return catalog as Partial<Catalog>;
}
