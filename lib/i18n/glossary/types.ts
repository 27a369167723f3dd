import type { Locale } from '../index';

/** The things every language names one way (docs/glossary.md lists them with their sources). */
export type Concept =
  | 'mailbox'
  | 'inbox'
  | 'link'
  | 'unlink'
  | 'connected'
  | 'grant'
  | 'scope'
  | 'owner'
  | 'user'
  | 'findings'
  | 'auditLog'
  | 'options'
  | 'settings'
  | 'provider'
  | 'side'
  | 'status.linked'
  | 'status.broken'
  | 'status.half-unlinked'
  | 'status.not-linked'
  | 'status.unknown'
  | 'address'
  | 'quotes';

/** The one word a language uses for a concept, and where it comes from. */
export interface Term {
  concept: Concept;
  /** The English term it stands for. */
  english: string;
  /** The word, with the forms a writer needs (plural, participle, verb). */
  word: string;
  /** HubSpot's own words where they exist (a seed article or a HubSpot page label), else why this one. */
  source: string;
  note?: string;
  /**
   * The English word, left untranslated, that must not stand in for this term in this language
   * ("Findings" in a German sentence). Only where the language has its own word for it.
   */
  notEnglish?: RegExp;
}

/** A word the glossary replaced: a catalog that uses it fails tests/i18n/glossary.test.ts. */
export interface Replaced {
  concept: Concept;
  /** Matched against the message with its {placeholders} taken out (a quoted page label is never checked). */
  pattern: RegExp;
  /** What to write instead. */
  use: string;
  why: string;
  /**
   * Where the word is legitimate: when the English text of the same message matches this (the
   * inbox word where English names the Conversations inbox; "Seite" where English says "page").
   */
  unlessEnglish?: RegExp;
}

/** A word a message must use where its English text uses the concept's English word. */
export interface Required {
  concept: Concept;
  whenEnglish: RegExp;
  pattern: RegExp;
  use: string;
}

export interface Glossary {
  locale: Locale;
  /** How the UI addresses the reader, in one sentence. */
  addressForm: string;
  terms: readonly Term[];
  replaced: readonly Replaced[];
  required: readonly Required[];
}
