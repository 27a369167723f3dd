/**
 * Dates and times in a sentence, written by Intl.DateTimeFormat in the reader's language and time
 * zone ("20. Nov. 2026, 11:00 MEZ", "20 nov. 2026 11:00 CET"), never a raw ISO timestamp. The zone is
 * the reader's own (the browser's) unless a caller names one; its short name is shown, so a report
 * read elsewhere stays unambiguous.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

const toDate = (at: string | number | Date): Date => (at instanceof Date ? at : new Date(at));

/** Date and time with the zone's short name; `—` for a missing or unreadable time. */
export function formatDateTime(locale: string, at: string | number | Date | undefined, timeZone?: string): string {
  if (at === undefined) return '—';
  const date = toDate(at);
  if (Number.isNaN(date.getTime())) return '—';
  return cachedFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** The calendar day as the language writes it in full ("7. Dezember 2026", "7 grudnia 2026") in `timeZone`. */
export function formatLongDate(locale: string, at: string | number | Date, timeZone?: string): string {
  return cachedFormat(locale, { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) }).format(toDate(at));
}

/** The reader's time zone as the browser knows it (an IANA name). */
export function ownTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
