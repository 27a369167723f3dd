import { describe, expect, it } from 'vitest';
import { en } from '../../../sandbox/hosts/hubspot-app/labels/en';
import { format, labelTables } from '../../../sandbox/hosts/hubspot-app/labels/index';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('hubspot-app label tables', () => {
  const languages = Object.keys(labelTables) as (keyof typeof labelTables)[];

  it('covers the five languages', () => {
    expect(languages.sort()).toEqual(['de', 'en', 'nl', 'pl', 'sv']);
  });

  for (const language of ['de', 'nl', 'sv', 'pl'] as const) {
    it(`${language} has every key of en, non-empty, with the same placeholders and no extra keys`, () => {
      const table = labelTables[language] as Record<string, string>;
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(table[key], `${language}.${key}`).toBeTypeOf('string');
        expect(table[key]?.trim(), `${language}.${key}`).not.toBe('');
        expect(placeholders(table[key] ?? ''), `${language}.${key}`).toEqual(placeholders(en[key]));
      }
      expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
    });
  }

  it('carries the seed labels verbatim', () => {
    expect(labelTables.de.connectedEmails).toBe('Verknüpfte E-Mails');
    expect(labelTables.de.yesRemoveInbox).toBe('Ja, Posteingang entfernen');
    expect(labelTables.de.yesDelete).toBe('Ja, löschen');
    expect(labelTables.sv.deactivateUser).toBe('Avaktivera användare');
    expect(labelTables.sv.removeFromAccount).toBe('Ta bort från konto');
    expect(labelTables.sv.removeMe).toBe('Ta bort mig från det här kontot');
    expect(labelTables.nl.createUser).toBe('Gebruiker aanmaken');
    expect(labelTables.nl.yesRemoveFromRole).toBe('Ja, verwijderen uit rol');
    expect(labelTables.pl.navAutomation).toBe('Automatyzacja');
  });

  it('formats placeholders and leaves unknown ones visible', () => {
    expect(format('Hi {name}, {missing}', { name: 'Ada' })).toBe('Hi Ada, {missing}');
  });
});
