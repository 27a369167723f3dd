import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogs } from '../../lib/i18n/all-locales';
import { catalogFiles } from '../../lib/i18n/catalog-files';

/**
 * The extension loads each language from the package's catalog file (written by the build from
 * the same TypeScript catalogs: modules/packaged-data.ts). Here fetch serves exactly what the
 * build writes, at the URLs browser.runtime.getURL gives; tests/setup.ts registered all five, so
 * a fresh module graph starts as an extension context does: empty.
 */
const files = new Map(catalogFiles(catalogs).map((file) => [`chrome-extension://test-extension-id${file.path}`, file.contents]));

function servePackage(damage: (url: string, contents: string) => string = (_url, contents) => contents) {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url.replace(/^.*\//, ''));
    const contents = files.get(url);
    return contents === undefined ? new Response('', { status: 404 }) : new Response(damage(url, contents));
  });
  return fetched;
}

async function freshI18n() {
  vi.resetModules();
  const i18n = await import('../../lib/i18n');
  const { loadLocale, loadTranslator } = await import('../../lib/i18n/load-locale');
  return { ...i18n, loadLocale, loadTranslator };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loading a locale on demand (every extension context)', () => {
  it('refuses to translate before the locale is loaded instead of showing English', async () => {
    const { createTranslator, isLocaleLoaded } = await freshI18n();
    expect(isLocaleLoaded('sv')).toBe(false);
    expect(() => createTranslator('sv')).toThrow(/sv catalog is not loaded/);
  });

  it('fetches the chosen locale and English, the fallback, once each, and nothing else', async () => {
    const fetched = servePackage();
    const { createTranslator, isLocaleLoaded, loadLocale } = await freshI18n();
    await Promise.all([loadLocale('sv'), loadLocale('sv')]);
    expect(createTranslator('sv')('status.linked')).toBe('Kopplad');
    expect(createTranslator('en')('status.linked')).toBe('Linked');
    expect(isLocaleLoaded('de')).toBe(false);
    expect(fetched.sort()).toEqual(['en.json', 'sv.json']);
  });

  it.each(['en', 'de', 'nl', 'sv', 'pl'] as const)('holds every %s message as the TypeScript catalog has it, plurals included', async (locale) => {
    servePackage();
    const { loadTranslator, registeredCatalog, isMessageKey } = await freshI18n();
    const t = await loadTranslator(locale);
    expect(t.locale).toBe(locale);
    expect(registeredCatalog(locale)).toEqual(catalogs[locale]);
    expect(Object.keys(catalogs.en).every(isMessageKey)).toBe(true);
    expect(isMessageKey('plan.audit.action.no-such-code')).toBe(false);
  });

  it('fails loudly on a catalog file of another build, and loads it again on the next call', async () => {
    let damaged = true;
    servePackage((url, contents) => (damaged && url.endsWith('/de.json') ? JSON.stringify((JSON.parse(contents) as unknown[]).slice(1)) : contents));
    const { loadLocale, createTranslator } = await freshI18n();
    await expect(loadLocale('de')).rejects.toThrow(/de catalog file does not match the en catalog's \d+ keys/);
    damaged = false;
    await loadLocale('de');
    expect(createTranslator('de')('status.linked')).toBe('Verknüpft');
  });

  it('says which file did not load', async () => {
    servePackage();
    files.delete('chrome-extension://test-extension-id/i18n/nl.json');
    try {
      const { loadLocale } = await freshI18n();
      await expect(loadLocale('nl')).rejects.toThrow(/nl catalog file did not load \(HTTP 404\)/);
    } finally {
      files.set('chrome-extension://test-extension-id/i18n/nl.json', catalogFiles(catalogs).find((file) => file.path.endsWith('/nl.json'))!.contents);
    }
  });
});
