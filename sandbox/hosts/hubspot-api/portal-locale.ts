import type { Scenario } from '../../core/scenario';

/**
 * Where and when the portal lives, derived from the scenario: the EU UI host means data hosted in
 * eu1, anything else na1; time zone and currency follow the portal's language (HubSpot stores
 * them per account; the scenario has no field for them).
 */
export const isEuPortal = (scenario: Scenario): boolean => scenario.portal.uiHost === 'app-eu1.hubspot.com';

export const uiDomainOf = (scenario: Scenario): string => scenario.portal.uiHost ?? 'app.hubspot.com';

export const dataHostingLocationOf = (scenario: Scenario): 'na1' | 'eu1' => (isEuPortal(scenario) ? 'eu1' : 'na1');

const BY_LANGUAGE: Record<string, { timeZone: string; currency: string }> = {
  de: { timeZone: 'Europe/Berlin', currency: 'EUR' },
  nl: { timeZone: 'Europe/Amsterdam', currency: 'EUR' },
  sv: { timeZone: 'Europe/Stockholm', currency: 'SEK' },
  pl: { timeZone: 'Europe/Warsaw', currency: 'PLN' },
};

export function localeOf(scenario: Scenario): { timeZone: string; currency: string } {
  const language = scenario.portal.language ?? 'en';
  return BY_LANGUAGE[language] ?? (isEuPortal(scenario) ? { timeZone: 'Europe/Dublin', currency: 'EUR' } : { timeZone: 'US/Eastern', currency: 'USD' });
}

/** The zone's offset from UTC at `at`, in milliseconds (DST included). */
export function utcOffsetMs(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -1 : 1) * minutes * 60_000;
}

/** `+01:00` / `-05:00`, as HubSpot's account details show it. */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMs) / 60_000;
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The next local midnight in the portal's zone (when HubSpot's daily limit resets, §6). */
export function nextLocalMidnight(timeZone: string, at: Date): Date {
  const offset = utcOffsetMs(timeZone, at);
  const local = new Date(at.getTime() + offset);
  const midnightLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1);
  return new Date(midnightLocal - offset);
}

/** The local calendar day (YYYY-MM-DD) in the portal's zone. */
export function localDay(timeZone: string, at: Date): string {
  return new Date(at.getTime() + utcOffsetMs(timeZone, at)).toISOString().slice(0, 10);
}
