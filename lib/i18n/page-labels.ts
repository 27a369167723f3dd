/**
 * The words of other sites' pages inside our sentences. A guided step or a fix quotes a button or
 * a page name ("Deaktivieren", "Remove these permissions") by a placeholder naming its label table
 * and key — `{hubspot.disable}`, `{live.remove}` — never by typing it again: the text comes from
 * the same tables the guide finds the buttons with (lib/pages/<host>/labels.ts), so a sentence and
 * the page cannot drift apart. The translator fills such a placeholder with the label in its own
 * language, quoted the language's way; where the page is known to show another language (the
 * guide reports it), `pageLabelParams` quotes the page's text with the translation beside it.
 */
import type { GuideStepPage } from '../messaging/guide-protocol';
import { GOOGLE_CONNECTIONS_LABELS } from '../pages/google/labels';
import { HUBSPOT_LABELS } from '../pages/hubspot/labels';
import { PEOPLE_LABELS } from '../pages/hubspot/people-labels';
import { LIVE_CONSENT_LABELS, MYAPPS_LABELS } from '../pages/microsoft/labels';
import type { Locale } from './index';
import { quote } from './quotes';

/** The label tables a sentence may quote, by the name used in placeholders. */
const TABLES = {
  hubspot: HUBSPOT_LABELS,
  /** HubSpot's Users & Teams, Account & Billing and Security pages (offboarding, lib/people). */
  people: PEOPLE_LABELS,
  google: GOOGLE_CONNECTIONS_LABELS,
  myapps: MYAPPS_LABELS,
  live: LIVE_CONSENT_LABELS,
} as const satisfies Record<string, Record<Locale, object>>;

export type LabelTable = keyof typeof TABLES;
export const LABEL_TABLES = Object.keys(TABLES) as LabelTable[];

/** Which table each guided page's labels are in. */
export const LABEL_TABLE_OF_PAGE: Readonly<Record<GuideStepPage, LabelTable>> = {
  'hubspot-connected-emails': 'hubspot',
  'hubspot-channels': 'hubspot',
  'hubspot-partner-automation': 'hubspot',
  'hubspot-users': 'people',
  'hubspot-account-contacts': 'people',
  'hubspot-security': 'people',
  'google-connections': 'google',
  'microsoft-my-apps': 'myapps',
  'microsoft-live-consent': 'live',
};

const PLACEHOLDER = /^([a-z]+)\.(\w+)$/;

function isLabelTable(name: string): name is LabelTable {
  return Object.prototype.hasOwnProperty.call(TABLES, name);
}

/**
 * The quotable texts of a table in one language, by key: a key with several accepted texts
 * (Google's page titles) by its first; templates ("Signed in as {email}") are not quotable.
 */
const quotable = new Map<string, Readonly<Record<string, string>>>();

export function labelTexts(table: LabelTable, locale: Locale): Readonly<Record<string, string>> {
  const cacheKey = `${table}:${locale}`;
  const known = quotable.get(cacheKey);
  if (known) return known;
  const texts: Record<string, string> = {};
  for (const [key, value] of Object.entries(TABLES[table][locale] as Record<string, unknown>)) {
    const text: unknown = Array.isArray(value) ? value[0] : value;
    if (typeof text === 'string' && !text.includes('{')) texts[key] = text;
  }
  quotable.set(cacheKey, texts);
  return texts;
}

/** `hubspot.disable` → its table and key, or undefined when the name is no page label. */
export function parseLabelPlaceholder(name: string): { table: LabelTable; key: string } | undefined {
  const [, table, key] = PLACEHOLDER.exec(name) ?? [];
  if (!table || !key || !isLabelTable(table)) return undefined;
  return Object.prototype.hasOwnProperty.call(labelTexts(table, 'en'), key) ? { table, key } : undefined;
}

/**
 * A label as a sentence in `locale` quotes it: the page's text in `pageLocale` in quotation marks,
 * and, with `translated`, where that differs from the label in `locale`, the translation beside it
 * in parentheses (“Deaktivieren” (Disable)), so a reader away from the page knows both what to
 * click and what it means. On the page itself the outline shows which button it is.
 */
export function quotedLabel(table: LabelTable, key: string, locale: Locale, pageLocale: Locale = locale, translated = false): string | undefined {
  const shown = labelTexts(table, pageLocale)[key];
  const own = labelTexts(table, locale)[key];
  if (shown === undefined || own === undefined) return undefined;
  return shown === own || !translated ? quote(locale, shown) : `${quote(locale, shown)} (${own})`;
}

/** The translator's fallback for a placeholder: a page label in its own language, else undefined. */
export function labelPlaceholder(name: string, locale: Locale): string | undefined {
  const label = parseLabelPlaceholder(name);
  return label && quotedLabel(label.table, label.key, locale);
}

/**
 * Every label of `page`'s table as explicit parameters for a sentence in `locale` about a page
 * shown in `pageLocale`: `{'hubspot.disable': '„Disable“'}`, or with `translated`
 * `{'hubspot.disable': '„Disable“ (Deaktivieren)'}`.
 */
export function pageLabelParams(page: GuideStepPage, locale: Locale, pageLocale: Locale, translated = false): Record<string, string> {
  const table = LABEL_TABLE_OF_PAGE[page];
  const params: Record<string, string> = {};
  for (const key of Object.keys(labelTexts(table, 'en'))) {
    const text = quotedLabel(table, key, locale, pageLocale, translated);
    if (text !== undefined) params[`${table}.${key}`] = text;
  }
  return params;
}
