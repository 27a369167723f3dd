/**
 * Domains as people type them and as addresses carry them. Pure; also what the People page's
 * import preview asks ("is this address on the partner employee domain?", isOnPartnerDomain).
 */

/** "user@Acme.COM", "@acme.com." or " acme.com " → "acme.com"; "" when nothing is left. */
export function normalizeDomain(input: string): string {
  return input.trim().toLowerCase().replace(/^.*@/, '').replace(/\.+$/, '');
}

/** The domain of an address, lower case ("" without an "@"). */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : normalizeDomain(address.slice(at + 1));
}

/**
 * Whether `address` is on the partner employee email domain `domain`. Exact domain only: HubSpot
 * matches the domain employees' addresses end in, and a subdomain (eu.acme.com) is another
 * domain there [inferred from seeds 001/004: "the email domain of your employees"]. False when
 * no domain is set.
 */
export function isOnPartnerDomain(address: string, domain: string | null | undefined): boolean {
  if (!domain) return false;
  const wanted = normalizeDomain(domain);
  return wanted !== '' && domainOf(address) === wanted;
}
