import type { World } from '../../core/world';
import type { ApiCall } from './api-call';
import { jsonResponse } from './errors';
import { dataHostingLocationOf, formatOffset, localDay, localeOf, nextLocalMidnight, uiDomainOf, utcOffsetMs } from './portal-locale';

/** Account information v3: portal details and the private-app daily API usage (hubspot.md §6). */

export function accountDetails(call: ApiCall): Response {
  const scenario = call.world.scenario;
  const { timeZone, currency } = localeOf(scenario);
  const offset = utcOffsetMs(timeZone, call.world.now());
  return jsonResponse(200, {
    portalId: scenario.portal.id,
    accountType: 'STANDARD',
    timeZone,
    companyCurrency: currency,
    additionalCurrencies: [],
    utcOffset: formatOffset(offset),
    utcOffsetMilliseconds: offset,
    uiDomain: uiDomainOf(scenario),
    dataHostingLocation: dataHostingLocationOf(scenario),
  });
}

/**
 * §6 daily caps for privately distributed apps: Free/Starter 250,000, Professional 625,000 (the
 * figure the current page is quoted with), Enterprise 1,000,000.
 */
const DAILY_LIMIT = { free: 250_000, starter: 250_000, professional: 625_000, enterprise: 1_000_000 } as const;

const USAGE = 'hubspot-api:daily-usage';

/** Counts one API request against the portal's local day (called for every request the API answers). */
export function countDailyUsage(world: World): void {
  const usage = world.scratch(USAGE, () => ({ day: '', count: 0 }));
  const day = localDay(localeOf(world.scenario).timeZone, world.now());
  if (usage.day !== day) Object.assign(usage, { day, count: 0 });
  usage.count += 1;
}

export function privateAppsDailyUsage(call: ApiCall): Response {
  const world = call.world;
  const { timeZone } = localeOf(world.scenario);
  const now = world.now();
  const usage = world.scratch(USAGE, () => ({ day: '', count: 0 }));
  const currentUsage = usage.day === localDay(timeZone, now) ? usage.count : 0;
  return jsonResponse(200, {
    results: [
      {
        name: 'private-apps-api-calls-daily',
        usageLimit: DAILY_LIMIT[world.scenario.portal.tier ?? 'professional'],
        currentUsage,
        collectedAt: now.toISOString(),
        fetchStatus: 'SUCCESS',
        resetsAt: nextLocalMidnight(timeZone, now).toISOString(),
      },
    ],
  });
}
