import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator, LOCALES, placeholdersOf, resolveLocale } from '../../lib/i18n';
import { catalogs } from '../../lib/i18n/all-locales';
import { en } from '../../lib/i18n/locales/en';
import { templatesOf } from '../../lib/i18n/message';

const englishKeys = Object.keys(en).sort();

describe('i18n catalogs', () => {
  it.each(LOCALES)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(catalogs[locale]).sort()).toEqual(englishKeys);
  });

  it.each(LOCALES)('%s uses the same placeholders as English in every message', (locale) => {
    const mismatches = englishKeys.filter((key) => {
      const k = key as keyof typeof en;
      return placeholdersOf(catalogs[locale][k]).join() !== placeholdersOf(en[k]).join();
    });
    expect(mismatches).toEqual([]);
  });

  it.each(LOCALES)('%s has no empty message', (locale) => {
    const empty = Object.entries(catalogs[locale]).filter(([, message]) => templatesOf(message).some((text) => text.trim() === ''));
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)('manifest strings exist in public/_locales/%s', (locale) => {
    const file = new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url);
    const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
    const english = JSON.parse(
      readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
    ) as Record<string, { message: string }>;
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const entry of Object.values(messages)) expect(entry.message.trim()).not.toBe('');
  });
});

describe('translator', () => {
  it('fills placeholders in the chosen language', () => {
    expect(createTranslator('de')('chip.label', { status: 'Verknüpft' })).toBe('HubSpot-Verknüpfung: Verknüpft');
  });

  it('resolves the language from the choice, then the browser, then English', () => {
    expect(resolveLocale('sv', ['de-DE'])).toBe('sv');
    expect(resolveLocale(undefined, ['fr-FR', 'nl-BE'])).toBe('nl');
    expect(resolveLocale('xx', ['fr'])).toBe('en');
  });
});
