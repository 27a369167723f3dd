/**
 * How HubSpot's OAuth app is named on the providers' consent pages: "HubSpot" at Google and
 * Outlook.com, "HubSpot Sales" in Entra / My Apps (seeds/000), sometimes with a suffix.
 */
export function isHubSpotApp(name: string): boolean {
  return /^hubspot\b/i.test(name.trim());
}
