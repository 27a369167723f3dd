import type { Language } from '../../../core/scenario';
import { de } from './de';
import { en, type LabelKey, type Labels } from './en';
import { nl } from './nl';
import { pl } from './pl';
import { sv } from './sv';

export type { LabelKey, Labels };

/** Every language's table; each is typed `Labels`, so a missing key fails the typecheck too. */
export const labelTables: Readonly<Record<Language, Labels>> = { en, de, nl, sv, pl };

/** A translator bound to one language: `t('errNotActive', { email })`. */
export type Translate = (key: LabelKey, vars?: Readonly<Record<string, string | number>>) => string;

export function translator(language: Language): Translate {
  const table = labelTables[language];
  return (key, vars) => format(table[key], vars);
}

export function format(template: string, vars?: Readonly<Record<string, string | number>>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
