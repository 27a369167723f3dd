import { describe, expect, it, vi } from 'vitest';

// tests/setup.ts registers all five catalogs; a fresh module graph starts as a page does: empty.
async function freshI18n() {
  vi.resetModules();
  const i18n = await import('../../lib/i18n');
  const { loadLocale } = await import('../../lib/i18n/load-locale');
  return { ...i18n, loadLocale };
}

describe('loading a locale on demand (extension pages)', () => {
  it('refuses to translate before the locale is loaded instead of showing English', async () => {
    const { createTranslator, isLocaleLoaded } = await freshI18n();
    expect(isLocaleLoaded('sv')).toBe(false);
    expect(() => createTranslator('sv')).toThrow(/sv catalog is not loaded/);
  });

  it('loads the chosen locale and English, the fallback, and nothing else', async () => {
    const { createTranslator, isLocaleLoaded, loadLocale } = await freshI18n();
    await loadLocale('sv');
    expect(createTranslator('sv')('status.linked')).toBe('Kopplad');
    expect(createTranslator('en')('status.linked')).toBe('Linked');
    expect(isLocaleLoaded('de')).toBe(false);
  });
});
