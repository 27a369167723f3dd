import type { Locale } from '../index';
import { glossaryDe } from './de';
import { glossaryEn } from './en';
import { glossaryNl } from './nl';
import { glossaryPl } from './pl';
import { glossarySv } from './sv';
import type { Glossary } from './types';

export type { Concept, Glossary, Replaced, Required, Term } from './types';

/** One glossary per language (docs/glossary.md is rendered from these). */
export const GLOSSARIES: Readonly<Record<Locale, Glossary>> = { en: glossaryEn, de: glossaryDe, nl: glossaryNl, sv: glossarySv, pl: glossaryPl };
