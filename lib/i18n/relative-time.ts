/**
 * How long ago something happened, in the language's own words through Intl.RelativeTimeFormat
 * ("5 minutes ago", "vor 5 Minuten", "5 minuter sedan", "5 minuten geleden", "5 minut temu")
 * instead of hand-made abbreviations.
 */

const formats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'long' });
    formats.set(locale, format);
  }
  return format;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * `elapsedMs` in the largest whole unit that fits (minutes under an hour, hours under two days,
 * then days), or undefined under a minute — the caller says "just now" in its own catalog.
 */
export function formatElapsed(locale: string, elapsedMs: number): string | undefined {
  const ms = Math.max(0, elapsedMs);
  if (ms < MINUTE) return undefined;
  if (ms < HOUR) return relativeFormat(locale).format(-Math.floor(ms / MINUTE), 'minute');
  if (ms < 2 * DAY) return relativeFormat(locale).format(-Math.floor(ms / HOUR), 'hour');
  return relativeFormat(locale).format(-Math.floor(ms / DAY), 'day');
}
