/**
 * The partner employee domain, for the import preview's partner column. It is issue 14's to know
 * (lib/partner on its branch): HubSpot has no API for it, so its guide reads Settings > Partner >
 * Automation and stores `partner-domain` observations about `partner:{portalId}` with
 * `{domain, portalId}`. This adapter reads those, the newest first, and nothing else: until that
 * feature is on main no such observation exists, the domain is unknown and the preview shows no
 * partner column. Kept this small on purpose, so it follows issue 14's format in one place.
 */
interface Reading {
  kind: string;
  address: string;
  host: string;
  value: Readonly<Record<string, string | number | boolean | null>>;
  observedAt: string;
}

export const partnerSubjectOf = (portalId: number): string => `partner:${portalId}`;

/** The domain the portal's own Automation page showed last, if it showed one. */
export function partnerDomainFrom(readings: readonly Reading[], portal: { id: number; uiHost: string }): string | undefined {
  const newest = readings
    .filter((r) => r.kind === 'partner-domain' && r.address === partnerSubjectOf(portal.id) && r.host === portal.uiHost && r.value.portalId === String(portal.id))
    .sort((a, b) => b.observedAt.localeCompare(a.observedAt))[0];
  const domain = newest?.value.domain;
  return typeof domain === 'string' && domain !== '' ? domain.toLowerCase() : undefined;
}
