/**
 * What a catalog entry is, and how one becomes text: a plain template, or one template per plural
 * category of the language. Plural categories and number formatting come from the platform's
 * Intl.PluralRules and Intl.NumberFormat (no message-format library: the catalogs need plurals and
 * placeholders only, and every context we run in has Intl).
 */

/**
 * A message that depends on a count, selected by the `count` parameter: one template per plural
 * category the language has (Intl.PluralRules' `pluralCategories`: English, German, Dutch and
 * Swedish `one`/`other`; Polish `one`/`few`/`many`/`other`). `other` is always there.
 * tests/i18n/plurals.test.ts checks each locale has exactly its categories.
 */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** A catalog entry. */
export type Message = string | PluralMessage;

export type Params = Readonly<Record<string, string | number>>;

export function isPluralMessage(message: Message): message is PluralMessage {
  return typeof message === 'object';
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let value = cache.get(locale);
  if (!value) {
    value = make();
    cache.set(locale, value);
  }
  return value;
}

/** The plural categories `locale` distinguishes, e.g. ['few', 'many', 'one', 'other'] for Polish. */
export function pluralCategoriesOf(locale: string): Intl.LDMLPluralRule[] {
  return [...cached(pluralRules, locale, () => new Intl.PluralRules(locale)).resolvedOptions().pluralCategories].sort();
}

/** A count as the language writes it ("10,000", "10.000", "10 000"). */
export function formatCount(locale: string, count: number): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(count);
}

/** The template for `params.count`; a plural message without a count uses `other`. */
function templateOf(message: Message, locale: string, params: Params): string {
  if (!isPluralMessage(message)) return message;
  const count = params.count;
  if (typeof count !== 'number') return message.other;
  const category = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
  return message[category] ?? message.other;
}

/** A placeholder: `{name}`, or `{table.key}` for a page's label (lib/i18n/page-labels.ts). */
export const PLACEHOLDER = /\{([\w]+(?:\.[\w]+)?)\}/g;

/**
 * Whether a parameter is a count, written the language's way: `count` (which also selects the
 * plural form) and any name ending in `Count` (`doneCount`, `totalCount`). Other numbers, such as
 * ids, stay as they are.
 */
export const isCountParam = (name: string): boolean => name === 'count' || name.endsWith('Count');

/** Fills a placeholder the params do not: a page label in the message's language, else nothing. */
export type Fallback = (name: string) => string | undefined;

/**
 * Fills {placeholders} from `params`, then from `fallback`; an unknown placeholder stays visible
 * rather than silently vanishing. Counts (isCountParam) are written with Intl.NumberFormat.
 */
export function format(template: string, params: Params = {}, locale = 'en', fallback?: Fallback): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return fallback?.(name) ?? whole;
    const value = params[name]!;
    return isCountParam(name) && typeof value === 'number' ? formatCount(locale, value) : String(value);
  });
}

/** A message as text in `locale`: its plural form for `params.count`, placeholders filled. */
export function render(message: Message, locale: string, params: Params = {}, fallback?: Fallback): string {
  return format(templateOf(message, locale, params), params, locale, fallback);
}

/** Every template of a message (one, or one per plural form): for catalog checks. */
export function templatesOf(message: Message): string[] {
  return isPluralMessage(message) ? Object.values(message).filter((text): text is string => typeof text === 'string') : [message];
}
