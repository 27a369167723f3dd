/**
 * Dates in the user's language and time zone through Intl.DateTimeFormat: "12 Nov" / "12. Nov." /
 * "Nov 12" as the language writes a day, with the year when it is not the current one.
 */
export interface DateOptions {
  timeZone?: string;
  /** ISO "now", for "is it this year". */
  now: string;
}

type Variant = 'year' | 'day' | 'day-year' | 'time' | 'time-year';

const SHAPES: Record<Variant, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
  'day-year': { day: 'numeric', month: 'short', year: 'numeric' },
  time: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  'time-year': { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
};

/**
 * Formatters by language and zone, each variant made once: a timeline writes a hundred dates in
 * one render, and a formatter (or a fresh options object per date) is not free.
 */
const formats = new Map<string, Partial<Record<Variant, Intl.DateTimeFormat>>>();

function formatter(locale: string, timeZone: string | undefined, variant: Variant): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}`;
  let set = formats.get(key);
  if (!set) formats.set(key, (set = {}));
  return (set[variant] ??= new Intl.DateTimeFormat(locale, { ...SHAPES[variant], ...(timeZone ? { timeZone } : {}) }));
}

const yearIn = (iso: string, timeZone: string | undefined): string => formatter('en', timeZone, 'year').format(Date.parse(iso));

/** The year of "now" in a zone, remembered for the last now asked (every date of a render asks the same). */
let nowYear: { now: string; timeZone: string | undefined; year: string } | undefined;

function otherYear(iso: string, options: DateOptions): boolean {
  if (nowYear?.now !== options.now || nowYear.timeZone !== options.timeZone) nowYear = { now: options.now, timeZone: options.timeZone, year: yearIn(options.now, options.timeZone) };
  return yearIn(iso, options.timeZone) !== nowYear.year;
}

/** The day of `iso`: day and month, plus the year when it differs from now's. */
export function formatDay(iso: string, locale: string, options: DateOptions): string {
  return formatter(locale, options.timeZone, otherYear(iso, options) ? 'day-year' : 'day').format(Date.parse(iso));
}

/** Day and time, for a timeline entry. */
export function formatDateTime(iso: string, locale: string, options: DateOptions): string {
  return formatter(locale, options.timeZone, otherYear(iso, options) ? 'time-year' : 'time').format(Date.parse(iso));
}
