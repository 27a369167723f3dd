/**
 * Dates in the user's language and time zone through Intl.DateTimeFormat: "12 Nov" / "12. Nov." /
 * "Nov 12" as the language writes a day, with the year when it is not the current one.
 */
export interface DateOptions {
  timeZone?: string;
  /** ISO "now", for "is it this year". */
  now: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions, variant: string): Intl.DateTimeFormat {
  const key = `${locale}|${options.timeZone ?? ''}|${variant}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

function yearIn(iso: string, locale: string, timeZone: string | undefined): string {
  return formatter(locale, { year: 'numeric', ...(timeZone ? { timeZone } : {}) }, 'year').format(new Date(iso));
}

/** The day of `iso`: day and month, plus the year when it differs from now's. */
export function formatDay(iso: string, locale: string, options: DateOptions): string {
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  const otherYear = yearIn(iso, 'en', options.timeZone) !== yearIn(options.now, 'en', options.timeZone);
  return formatter(locale, { day: 'numeric', month: 'short', ...(otherYear ? { year: 'numeric' } : {}), ...zone }, otherYear ? 'day-year' : 'day').format(new Date(iso));
}

/** Day and time, for a timeline entry. */
export function formatDateTime(iso: string, locale: string, options: DateOptions): string {
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  const otherYear = yearIn(iso, 'en', options.timeZone) !== yearIn(options.now, 'en', options.timeZone);
  return formatter(locale, { day: 'numeric', month: 'short', ...(otherYear ? { year: 'numeric' } : {}), hour: '2-digit', minute: '2-digit', ...zone }, otherYear ? 'time-year' : 'time').format(new Date(iso));
}
