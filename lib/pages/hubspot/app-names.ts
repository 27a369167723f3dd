/**
 * How HubSpot's OAuth app is named on the providers' consent pages, where a name is all a person
 * (and the guide) sees: "HubSpot" at Google and Outlook.com, "HubSpot Sales" in Entra / My Apps
 * (hubspot.md §8, seeds/000). Exact names only: an app called "HubSpot Helper" or "Sync to
 * HubSpot" is someone else's, and the guide must never send the user to remove it. The APIs
 * identify HubSpot's app by its id instead (lib/providers/hubspot-app-identity.ts).
 */
export const HUBSPOT_APP_NAMES: readonly string[] = ['HubSpot', 'HubSpot Sales'];

export function isHubSpotApp(name: string): boolean {
  const wanted = name.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return HUBSPOT_APP_NAMES.some((known) => known.toLocaleLowerCase() === wanted);
}

/**
 * Whether a heading or a dialog's text is about HubSpot's app: it names one of HubSpot's app names
 * as a whole name (a sentence such as "HubSpot has some access to your Google Account" is), and no
 * longer app name built on it ("HubSpot Helper has …" is not).
 */
export function namesHubSpotApp(text: string): boolean {
  const words = text.replace(/\s+/g, ' ').trim();
  return HUBSPOT_APP_NAMES.some((name) => {
    const at = new RegExp(`(^|[^\\p{L}\\p{N}])${name.replace(' ', '\\s+')}(?![\\p{L}\\p{N}])`, 'iu').exec(words);
    if (!at) return false;
    const rest = words.slice(at.index + at[0].length);
    // "HubSpot Sales" is itself a longer name of "HubSpot": prefer the longest known one.
    if (name === 'HubSpot' && /^\s+sales(?![\p{L}\p{N}])/iu.test(rest)) return true;
    // A capitalised word right after it continues the app's name ("HubSpot Helper's access").
    return !/^\s+\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}])/u.test(rest) || /^\s+(?:has|hat|har|heeft|ma)(?![\p{L}\p{N}])/iu.test(rest);
  });
}
