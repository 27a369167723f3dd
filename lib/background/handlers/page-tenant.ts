import { CONSENT_PAGE_PROVIDERS } from '../../model';

/**
 * The Microsoft organisation a My Apps page's URL names: `?tenantId=<tenant id or domain>`, which
 * My Apps opens in (and keeps while one switches organisations) [the parameter is Microsoft's
 * guest-access link; its use for switching is unverified on today's live site]. Read from the
 * browser-stamped sender URL, lower case; undefined on every other page and where none is named
 * (the account's home organisation). The rest of the URL's query is never stored.
 */
export function tenantOfPageUrl(host: string, url: string | undefined): string | undefined {
  if (CONSENT_PAGE_PROVIDERS[host] !== 'microsoft365' || !url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  for (const [name, value] of parsed.searchParams) {
    if (name.toLowerCase() === 'tenantid' && value.trim() !== '') return value.trim().toLowerCase().slice(0, 255);
  }
  return undefined;
}
